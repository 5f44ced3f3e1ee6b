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
;
; Upgrades: the folder offered is the one the Apps & Features entry names (InstallDirRegKey), so a
; newer setup replaces the earlier Reader in place; installed into another folder, it first runs
; the earlier uninstaller silently. Either way there is one entry (one uninstall key), and the
; user's settings, log and library (%LOCALAPPDATA%\reader) are never touched: the uninstaller
; removes them only when asked (a checkbox, off by default; /REMOVEUSERDATA with /S).
;
; PATH: an option, off by default (/ADDTOPATH with /S), puts the program folder on the machine's
; PATH so that reader-cli works in cmd and PowerShell; an upgrade keeps the earlier choice, and the
; uninstaller takes the folder off PATH. A PATH longer than NSIS strings (1024 characters) is never
; rewritten: the setup says so and leaves it alone, rather than truncate it.
;
; Languages: English, French, Spanish, Portuguese (Brazil's words, for Portugal too) and Arabic
; (right to left). A first dialog offers them, the system's language chosen (English where NSIS
; has none, as for Swahili); the choice is kept for the uninstaller and for a later setup. The
; setup's own words and the medical notice in each language are in languages.nsh and notice_*.txt.
Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel admin

!include "MUI2.nsh"
!include "x64.nsh"
!include "LogicLib.nsh"
!include "StrFunc.nsh"
!include "FileFunc.nsh"
!include "Sections.nsh"
!include "WinMessages.nsh"
${StrStr}
${StrRep}
${UnStrRep}

!define APP "Reader"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Reader"
!define LIST "reader-files.txt"
!define ENVIRONMENT_KEY "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"
; NSIS_MAX_STRLEN (1024) less the terminator: a value this long may have been cut when read.
!define STRING_ROOM 1023

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "Installer of the offline reader for health articles"
VIAddVersionKey "LegalCopyright" ""

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
; The language chosen, kept beside the Apps & Features entry: the uninstaller speaks it too.
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "Installer Language"
!define MUI_LICENSEPAGE_TEXT_TOP "$(NoticeTop)"
!define MUI_LICENSEPAGE_BUTTON "$(NoticeButton)"
!define MUI_LICENSEPAGE_TEXT_BOTTOM "$(NoticeBottom)"
!insertmacro MUI_PAGE_LICENSE "$(NoticeFile)"
!define MUI_LICENSEPAGE_TEXT_TOP "$(LicencesTop)"
!define MUI_LICENSEPAGE_BUTTON "$(^NextBtn)"
!define MUI_LICENSEPAGE_TEXT_BOTTOM "$(^ClickNext)"
!insertmacro MUI_PAGE_LICENSE "${LICENCES}"
!insertmacro MUI_PAGE_COMPONENTS
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE DirectoryLeave
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!define MUI_COMPONENTSPAGE_TEXT_TOP "$(UserDataTop)"
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English" ; the first: the language where the system's is none of these
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Spanish"
!insertmacro MUI_LANGUAGE "PortugueseBR"
!insertmacro MUI_LANGUAGE "Portuguese"
!insertmacro MUI_LANGUAGE "Arabic"
!insertmacro MUI_RESERVEFILE_LANGDLL
!include /CHARSET=UTF8 "${__FILEDIR__}/languages.nsh"

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
      StrCpy $R9 "$(FolderRefused)"
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

; A newer setup installed into another folder than the earlier Reader's: that Reader's own
; uninstaller removes it first (silently, so the user's data stays), and only one entry remains.
Function RemoveEarlierElsewhere
  ReadRegStr $0 HKLM "${UNINSTALL_KEY}" "InstallLocation"
  ReadRegStr $1 HKLM "${UNINSTALL_KEY}" "DisplayVersion"
  ${If} $0 == ""
  ${OrIf} $0 == $INSTDIR
  ${OrIfNot} ${FileExists} "$0\uninstall.exe"
    Return
  ${EndIf}
  DetailPrint "Removing ${APP} $1 from $0"
  ExecWait '"$0\uninstall.exe" /S _?=$0'
  Delete "$0\uninstall.exe"
  RMDir "$0"
FunctionEnd

; Take $INSTDIR off the machine's PATH (every whole entry equal to it), unless PATH is too long
; to be read whole. Used by the setup (before it puts the folder back, if asked) and the uninstaller.
!macro RemoveFromPath un
Function ${un}RemoveFromPath
  ClearErrors
  ReadRegStr $0 HKLM "${ENVIRONMENT_KEY}" "Path"
  ${If} ${Errors}
  ${OrIf} $0 == ""
    Return
  ${EndIf}
  StrLen $1 $0
  IntOp $1 $1 + 2
  ${If} $1 >= ${STRING_ROOM}
    DetailPrint "PATH is too long to change safely here; remove $INSTDIR from it yourself if it is there."
    Return
  ${EndIf}
  !if "${un}" == "un."
    ${UnStrRep} $1 ";$0;" ";$INSTDIR;" ";"
  !else
    ${StrRep} $1 ";$0;" ";$INSTDIR;" ";"
  !endif
  StrCpy $1 $1 "" 1
  StrCpy $1 $1 -1
  ${If} $1 != $0
    WriteRegExpandStr HKLM "${ENVIRONMENT_KEY}" "Path" $1
    SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
  ${EndIf}
FunctionEnd
!macroend
!insertmacro RemoveFromPath ""
!insertmacro RemoveFromPath "un."

Section "$(SecMainName)" SecMain
  SectionIn RO
  Call RemoveEarlierElsewhere
  Call RemovePreviousFiles
  Call RemoveFromPath
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
  DeleteRegValue HKLM "${UNINSTALL_KEY}" "OnPath"
SectionEnd

Section /o "$(SecDesktopName)" SecDesktop
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\reader.exe"
SectionEnd

; Off by default: PATH is the whole machine's, and the window (all most users need) does not use it.
Section /o "$(SecPathName)" SecPath
  ClearErrors
  ReadRegStr $0 HKLM "${ENVIRONMENT_KEY}" "Path"
  ${If} ${Errors}
  ${OrIf} $0 == ""
    DetailPrint "PATH could not be read; it is left as it is."
    Return
  ${EndIf}
  StrLen $1 $0
  StrLen $2 $INSTDIR
  IntOp $1 $1 + $2
  IntOp $1 $1 + 2
  ${If} $1 >= ${STRING_ROOM}
    DetailPrint "PATH is too long to change safely; it is left as it is."
    ${IfNot} ${Silent}
      MessageBox MB_OK|MB_ICONINFORMATION "$(PathTooLong)"
    ${EndIf}
    Return
  ${EndIf}
  StrCpy $1 $0 1 -1
  ${If} $1 == ";"
    WriteRegExpandStr HKLM "${ENVIRONMENT_KEY}" "Path" "$0$INSTDIR"
  ${Else}
    WriteRegExpandStr HKLM "${ENVIRONMENT_KEY}" "Path" "$0;$INSTDIR"
  ${EndIf}
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "OnPath" 1
SectionEnd

Function .onInit
  SetRegView 64
  SetShellVarContext all
  !insertmacro MUI_LANGDLL_DISPLAY ; not with /S: the system's language then
  ; An upgrade keeps the earlier choice of PATH; /ADDTOPATH asks for it (with /S, where no page shows).
  ReadRegDWORD $0 HKLM "${UNINSTALL_KEY}" "OnPath"
  ${GetParameters} $1
  ClearErrors
  ${GetOptions} $1 "/ADDTOPATH" $2
  ${IfNot} ${Errors}
  ${OrIf} $0 == 1
    !insertmacro SelectSection ${SecPath}
  ${EndIf}
  ${If} ${Silent}
    Call CheckFolder
    ${If} $R9 != ""
      SetErrorLevel 2
      Abort
    ${EndIf}
  ${EndIf}
FunctionEnd

Section "-un.Reader"
  Call un.RemoveFromPath
  Delete "$SMPROGRAMS\${APP}\${APP}.lnk"
  RMDir "$SMPROGRAMS\${APP}"
  Delete "$DESKTOP\${APP}.lnk"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  !include "${LISTS}\uninstall_files.nsh"
  Delete "$INSTDIR\${LIST}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
SectionEnd

; Only when asked: this Windows user's settings, reading place, log, cache and library, all in the
; folder the reader names after itself. The machine-wide library (%ProgramData%\reader) stays.
Section /o "un.$(SecUserDataName)" SecUserData
  SetShellVarContext current
  RMDir /r "$LOCALAPPDATA\reader"
  SetShellVarContext all
SectionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
  !insertmacro MUI_UNGETLANGUAGE
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/REMOVEUSERDATA" $1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SecUserData}
  ${EndIf}
FunctionEnd
