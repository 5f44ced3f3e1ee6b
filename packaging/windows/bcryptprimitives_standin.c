/* Test-harness stand-in for Windows' bcryptprimitives.dll, which Wine 8 lacks: Rust's standard
   library (nh3, the HTML sanitiser, is built with it) takes its random numbers from ProcessPrng
   there. This one asks bcrypt.dll's system generator, which Wine has. Never shipped. */
#include <windows.h>
#include <bcrypt.h>
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size) {
    while (size) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
