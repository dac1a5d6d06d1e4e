/* bcryptprimitives.dll for the Windows build under Wine: NEVER shipped, built into the Wine prefixes only.
 *
 * Rust's standard library (python-calamine reads Excel files with it) draws its random numbers from
 * ProcessPrng in bcryptprimitives.dll, which Windows 10 and later have and Wine 8 lacks. Here it
 * draws them from the system generator of bcrypt.dll, which Wine has.
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size) {
    while (size > 0) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG))) return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE; /* as Windows' own: it does not fail */
}
