/* icuuc.dll for the Windows build under Wine: NEVER shipped, built into the Wine prefixes only.
 *
 * Windows 10 1703 and later carry ICU as a system library, and Qt6Core imports its character
 * converters (ucnv_*) from icuuc.dll. Wine 8 has no such DLL, so Qt6Core would not load at all.
 * This stand-in has no converters: every open fails and the list of available ones is empty, so
 * Qt keeps to its built-in codecs (UTF-8/16/32, Latin-1, the system code page), which is all the
 * app uses. installer/windows_python.py checks that it exports every name the environment imports.
 */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)

typedef struct UConverter UConverter;
typedef int UErrorCode;
typedef int8_t UBool;
typedef uint16_t UChar;
typedef void (*UConverterCallback)(void);

enum { U_FILE_ACCESS_ERROR = 4 };

static void fail(UErrorCode *status) {
    if (status != NULL && *status <= 0) *status = U_FILE_ACCESS_ERROR;
}

EXPORT UConverter *ucnv_open(const char *name, UErrorCode *status) {
    (void)name;
    fail(status);
    return NULL;
}

EXPORT void ucnv_close(UConverter *converter) { (void)converter; }

EXPORT void ucnv_reset(UConverter *converter) { (void)converter; }

EXPORT const char *ucnv_getName(const UConverter *converter, UErrorCode *status) {
    (void)converter;
    fail(status);
    return NULL;
}

EXPORT int8_t ucnv_getMaxCharSize(const UConverter *converter) {
    (void)converter;
    return 1;
}

EXPORT void ucnv_toUnicode(UConverter *converter, UChar **target, const UChar *target_limit, const char **source,
                           const char *source_limit, int32_t *offsets, UBool flush, UErrorCode *status) {
    (void)converter, (void)target, (void)target_limit, (void)source, (void)source_limit, (void)offsets, (void)flush;
    fail(status);
}

EXPORT void ucnv_fromUnicode(UConverter *converter, char **target, const char *target_limit, const UChar **source,
                             const UChar *source_limit, int32_t *offsets, UBool flush, UErrorCode *status) {
    (void)converter, (void)target, (void)target_limit, (void)source, (void)source_limit, (void)offsets, (void)flush;
    fail(status);
}

EXPORT void ucnv_getToUCallBack(const UConverter *converter, UConverterCallback *action, const void **context) {
    (void)converter;
    if (action != NULL) *action = NULL;
    if (context != NULL) *context = NULL;
}

EXPORT void ucnv_getFromUCallBack(const UConverter *converter, UConverterCallback *action, const void **context) {
    ucnv_getToUCallBack(converter, action, context);
}

EXPORT void ucnv_setToUCallBack(UConverter *converter, UConverterCallback new_action, const void *new_context,
                                UConverterCallback *old_action, const void **old_context, UErrorCode *status) {
    (void)converter, (void)new_action, (void)new_context;
    ucnv_getToUCallBack(NULL, old_action, old_context);
    fail(status);
}

EXPORT void ucnv_setFromUCallBack(UConverter *converter, UConverterCallback new_action, const void *new_context,
                                  UConverterCallback *old_action, const void **old_context, UErrorCode *status) {
    ucnv_setToUCallBack(converter, new_action, new_context, old_action, old_context, status);
}

/* The substitution callbacks are only ever called by a converter, and there is none. */
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *units, int32_t length,
                                          int reason, UErrorCode *status) {
    (void)context, (void)args, (void)units, (void)length, (void)reason;
    fail(status);
}

EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const UChar *units, int32_t length,
                                            int32_t code_point, int reason, UErrorCode *status) {
    (void)context, (void)args, (void)units, (void)length, (void)code_point, (void)reason;
    fail(status);
}

EXPORT int32_t ucnv_countAvailable(void) { return 0; }

EXPORT const char *ucnv_getAvailableName(int32_t n) {
    (void)n;
    return NULL;
}

EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *status) {
    (void)name, (void)standard;
    fail(status);
    return NULL;
}

EXPORT int32_t ucnv_toUCountPending(const UConverter *converter, UErrorCode *status) {
    (void)converter;
    fail(status);
    return 0;
}

EXPORT int32_t ucnv_fromUCountPending(const UConverter *converter, UErrorCode *status) {
    (void)converter;
    fail(status);
    return 0;
}

EXPORT void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length, int32_t offset_index,
                                  UErrorCode *status) {
    (void)args, (void)source, (void)length, (void)offset_index;
    fail(status);
}

EXPORT void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *source_limit, int32_t offset_index,
                                    UErrorCode *status) {
    (void)args, (void)source, (void)source_limit, (void)offset_index;
    fail(status);
}
