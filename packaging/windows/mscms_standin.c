/* Test-harness stand-in for the four mscms.dll functions Qt's "windows" platform plugin imports;
   Wine 8 does not implement WcsCreateIccProfile. No colour profiles: Qt then assumes sRGB.
   Used only to look at the real window under Wine (screenshot.sh). Never shipped. */
#include <windows.h>
__declspec(dllexport) HANDLE WINAPI OpenColorProfileW(void *profile, DWORD access, DWORD share, DWORD creation) {
    (void)profile; (void)access; (void)share; (void)creation; return NULL;
}
__declspec(dllexport) BOOL WINAPI CloseColorProfile(HANDLE profile) { (void)profile; return TRUE; }
__declspec(dllexport) BOOL WINAPI GetColorProfileFromHandle(HANDLE profile, BYTE *buffer, DWORD *size) {
    (void)profile; (void)buffer; if (size) *size = 0; return FALSE;
}
__declspec(dllexport) HANDLE WINAPI WcsCreateIccProfile(HANDLE profile, DWORD options) {
    (void)profile; (void)options; return NULL;
}
