; The Windows installer: makensis -DVERSION=… -DSOURCE=… -DLISTS=… -DOUTFILE=… -DICON=… -DNOTICE=… reader.nsi
; Installs for all users under Program Files, adds a Start-menu shortcut (and, if chosen, one on
; the desktop), registers in Apps & Features with a QuietUninstallString, and supports /S.
;
; It never deletes what it did not write. LISTS is the folder where packaging/windows_files.py put
; the lists of SOURCE's files and folders: uninstall_files.nsh (the uninstaller's Delete and plain
; RMDir lines) and reader-files.txt, installed into the folder. The setup installs only into an
; empty (or new) folder or over an earlier Reader: the folder holds reader-files.txt and
; uninstall.exe, or the Apps & Features entry names it and it holds uninstall.exe and reader.exe
; (setups from before the list). Over an earlier Reader it first removes the files that version's
; reader-files.txt lists, so nothing an older version shipped stays behind.
Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel admin

!include "MUI2.nsh"
!include "x64.nsh"
!include "LogicLib.nsh"
!include "StrFunc.nsh"
${StrStr}

!define APP "Reader"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Reader"
!define LIST "reader-files.txt"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "Installer of the offline reader for health articles"
VIAddVersionKey "LegalCopyright" ""

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_LICENSEPAGE_TEXT_TOP "Please read this notice."
!define MUI_LICENSEPAGE_BUTTON "I understand"
!insertmacro MUI_PAGE_LICENSE "${NOTICE}"
!define MUI_LICENSEPAGE_TEXT_TOP "Licences: the reader (Apache-2.0) and the software it carries. Every licence text is in the licenses folder of the program folder."
!define MUI_LICENSEPAGE_BUTTON "Next >"
!insertmacro MUI_PAGE_LICENSE "${LICENCES}"
!insertmacro MUI_PAGE_COMPONENTS
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE DirectoryLeave
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  SetRegView 64
  SetShellVarContext all
  ${If} ${Silent}
    Call CheckFolder
    ${If} $R9 != ""
      SetErrorLevel 2
      Abort
    ${EndIf}
  ${EndIf}
FunctionEnd

; $R9: empty if Reader may install into $INSTDIR (new or empty folder, or an earlier Reader), else why not.
Function CheckFolder
  StrCpy $R9 ""
  ${If} ${FileExists} "$INSTDIR\${LIST}"
  ${AndIf} ${FileExists} "$INSTDIR\uninstall.exe"
    Return
  ${EndIf}
  ReadRegStr $0 HKLM "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $0 == $INSTDIR
  ${AndIf} ${FileExists} "$INSTDIR\uninstall.exe"
  ${AndIf} ${FileExists} "$INSTDIR\reader.exe"
    Return
  ${EndIf}
  ClearErrors
  FindFirst $0 $1 "$INSTDIR\*.*"
  ${DoUntil} ${Errors}
    ${If} $1 != "."
    ${AndIf} $1 != ".."
      StrCpy $R9 "$INSTDIR is not empty, and it is not an earlier installation of ${APP}.$\r$\n$\r$\n\
${APP} installs only into an empty or new folder, so that uninstalling it never removes anything else. \
Choose another folder, such as $PROGRAMFILES64\${APP}."
      ${Break}
    ${EndIf}
    FindNext $0 $1
  ${Loop}
  FindClose $0
FunctionEnd

Function DirectoryLeave
  Call CheckFolder
  ${If} $R9 != ""
    MessageBox MB_OK|MB_ICONSTOP $R9
    Abort
  ${EndIf}
FunctionEnd

; Over an earlier Reader: remove the files and folders its reader-files.txt lists (paths inside
; the folder only; RMDir without /r, so a folder holding anything else stays).
Function RemovePreviousFiles
  ClearErrors
  FileOpen $0 "$INSTDIR\${LIST}" r
  ${IfThen} ${Errors} ${|} Return ${|}
  ${Do}
    ClearErrors
    FileReadUTF16LE $0 $1
    ${If} ${Errors}
      ${ExitDo}
    ${EndIf}
    ${Do}
      StrCpy $2 $1 1 -1
      ${If} $2 == "$\r"
      ${OrIf} $2 == "$\n"
        StrCpy $1 $1 -1
      ${Else}
        ${ExitDo}
      ${EndIf}
    ${Loop}
    StrCpy $2 $1 1
    ${If} $1 == ""
    ${OrIf} $2 == "\"
    ${OrIf} $2 == "/"
      ${Continue}
    ${EndIf}
    ${StrStr} $2 $1 ".."
    ${StrStr} $3 $1 ":"
    ${StrStr} $4 $1 "*"
    ${StrStr} $5 $1 "?"
    ${If} "$2$3$4$5" != ""
      ${Continue}
    ${EndIf}
    StrCpy $2 $1 1 -1
    ${If} $2 == "\"
      StrCpy $1 $1 -1
      RMDir "$INSTDIR\$1"
    ${Else}
      Delete "$INSTDIR\$1"
    ${EndIf}
  ${Loop}
  FileClose $0
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "Reader (required)" SecMain
  SectionIn RO
  Call RemovePreviousFiles
  SetOutPath "$INSTDIR"
  File /r "${SOURCE}\*.*"
  File "${LISTS}\${LIST}"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\reader.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "reader developers"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\reader.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section /o "Desktop shortcut" SecDesktop
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\reader.exe"
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}\${APP}.lnk"
  RMDir "$SMPROGRAMS\${APP}"
  Delete "$DESKTOP\${APP}.lnk"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  !include "${LISTS}\uninstall_files.nsh"
  Delete "$INSTDIR\${LIST}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
SectionEnd
