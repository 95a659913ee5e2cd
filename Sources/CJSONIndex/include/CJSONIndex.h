#ifndef LAMP_CJSONINDEX_H
#define LAMP_CJSONINDEX_H

#include <stddef.h>
#include <stdint.h>

/// An object or array of a JSON document: where it starts, one past its end, and the index of the entry after
/// its own and all of those inside it. The same layout as `JSONSlice.Entry`.
typedef struct {
  uint32_t start;
  uint32_t end;
  uint32_t next;
} lamp_json_entry;

/// What `lamp_json_structure` found.
typedef enum {
  /// The value ends; `*end` is one past it and `*count` entries were written.
  lamp_json_complete = 0,
  /// A string or a bracket does not end, or a bracket closes what was never opened.
  lamp_json_malformed = 1,
  /// More entries or deeper nesting than the caller made room for.
  lamp_json_no_room = 2,
} lamp_json_status;

#if defined(__SSE2__)
/// Every object and array of the value starting at `start` (an opening brace or bracket), in document order,
/// found 64 bytes at a time with SSE2 (every x86-64 processor has it; elsewhere JSONSlice scans byte by byte).
/// `stack` needs room for the deepest nesting. A backslash outside a string is taken as an escape, where the
/// byte-by-byte pass reads it as a stray byte: the two can differ only on documents that are not JSON.
lamp_json_status lamp_json_structure(
  const uint8_t *bytes, size_t count, size_t start, lamp_json_entry *entries, size_t capacity, uint32_t *stack,
  size_t stack_capacity, size_t *end, size_t *entry_count);
#endif

#endif
