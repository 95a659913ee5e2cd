#ifndef LAMP_CZLIB_SHIM_H
#define LAMP_CZLIB_SHIM_H

#include <zlib.h>

/// inflateInit2 is a macro, which Swift cannot call: a typed wrapper.
/// window_bits 15 + 32 accepts both zlib and gzip headers.
static inline int lamp_inflate_init2(z_stream *stream, int window_bits) {
  return inflateInit2(stream, window_bits);
}

#endif
