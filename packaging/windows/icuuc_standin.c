/* Test-harness stand-in for Windows' icuuc.dll, which Wine 8 lacks: every converter is
   "unavailable", so Qt falls back to its own codecs. Never shipped. */
#include <stddef.h>
#include <stdint.h>
typedef int UErrorCode;
#define U_FILE_ACCESS_ERROR 4
#define U_UNSUPPORTED_ERROR 16
typedef void UConverter;
typedef uint16_t UChar;
static void fail(UErrorCode *e) { if (e && *e <= 0) *e = U_UNSUPPORTED_ERROR; }
__declspec(dllexport) UConverter *ucnv_open(const char *n, UErrorCode *e) { (void)n; if (e) *e = U_FILE_ACCESS_ERROR; return NULL; }
__declspec(dllexport) void ucnv_close(UConverter *c) { (void)c; }
__declspec(dllexport) void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
__declspec(dllexport) void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
__declspec(dllexport) void ucnv_reset(UConverter *c) { (void)c; }
__declspec(dllexport) int8_t ucnv_getMaxCharSize(const UConverter *c) { (void)c; return 4; }
__declspec(dllexport) const char *ucnv_getName(const UConverter *c, UErrorCode *e) { (void)c; fail(e); return ""; }
__declspec(dllexport) void ucnv_getToUCallBack(const UConverter *c, void **a, const void **b) { (void)c; if (a) *a = NULL; if (b) *b = NULL; }
__declspec(dllexport) void ucnv_getFromUCallBack(const UConverter *c, void **a, const void **b) { (void)c; if (a) *a = NULL; if (b) *b = NULL; }
__declspec(dllexport) void ucnv_setToUCallBack(UConverter *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *e) { (void)c; (void)n; (void)nc; (void)o; (void)oc; fail(e); }
__declspec(dllexport) void ucnv_setFromUCallBack(UConverter *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *e) { (void)c; (void)n; (void)nc; (void)o; (void)oc; fail(e); }
__declspec(dllexport) void ucnv_cbToUWriteUChars(void *a, const UChar *s, int32_t l, int32_t o, UErrorCode *e) { (void)a; (void)s; (void)l; (void)o; fail(e); }
__declspec(dllexport) void ucnv_toUnicode(UConverter *c, UChar **t, const UChar *tl, const char **s, const char *sl, int32_t *of, int f, UErrorCode *e) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)of; (void)f; fail(e); }
__declspec(dllexport) void ucnv_cbFromUWriteUChars(void *a, const UChar **s, const UChar *sl, int32_t o, UErrorCode *e) { (void)a; (void)s; (void)sl; (void)o; fail(e); }
__declspec(dllexport) int32_t ucnv_toUCountPending(const UConverter *c, UErrorCode *e) { (void)c; fail(e); return 0; }
__declspec(dllexport) int32_t ucnv_fromUCountPending(const UConverter *c, UErrorCode *e) { (void)c; fail(e); return 0; }
__declspec(dllexport) const char *ucnv_getStandardName(const char *n, const char *s, UErrorCode *e) { (void)n; (void)s; fail(e); return NULL; }
__declspec(dllexport) const char *ucnv_getAvailableName(int32_t i) { (void)i; return NULL; }
__declspec(dllexport) int32_t ucnv_countAvailable(void) { return 0; }
__declspec(dllexport) void ucnv_fromUnicode(UConverter *c, char **t, const char *tl, const UChar **s, const UChar *sl, int32_t *of, int f, UErrorCode *e) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)of; (void)f; fail(e); }
