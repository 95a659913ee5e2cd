// The structure pass of JSONSlice, 64 bytes at a time: each block becomes bit masks of its quotes, backslashes
// and brackets, the bits inside strings are cleared by a running parity of the quotes, and only the brackets left
// are visited. Strings are most of a Kubernetes list's bytes, and byte by byte they were most of the pass.
#include "CJSONIndex.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#include <string.h>

/// Bit i of each mask is byte i of a 64-byte block.
typedef struct {
  uint64_t quote, backslash, open, close;
} block_masks;

static inline uint64_t equal_mask(const __m128i lanes[4], char byte) {
  const __m128i wanted = _mm_set1_epi8(byte);
  uint64_t mask = 0;
  for (int i = 0; i < 4; i++) {
    mask |= (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(lanes[i], wanted)) << (16 * i);
  }
  return mask;
}

static inline block_masks classify(const uint8_t *block) {
  __m128i lanes[4];
  for (int i = 0; i < 4; i++) lanes[i] = _mm_loadu_si128((const __m128i *)(block + 16 * i));
  // `[` and `]` differ from `{` and `}` only in bit 5: setting it makes one comparison find both of a pair.
  __m128i folded[4];
  const __m128i fold = _mm_set1_epi8(0x20);
  for (int i = 0; i < 4; i++) folded[i] = _mm_or_si128(lanes[i], fold);
  block_masks masks;
  masks.quote = equal_mask(lanes, '"');
  masks.backslash = equal_mask(lanes, '\\');
  masks.open = equal_mask(folded, '{');
  masks.close = equal_mask(folded, '}');
  return masks;
}

/// The bits of characters escaped by a backslash; `pending` carries a backslash that ends the previous block.
/// Blocks without backslashes, nearly all of them, cost one test.
static inline uint64_t escaped_bits(uint64_t backslash, uint64_t *pending) {
  if (backslash == 0 && *pending == 0) return 0;
  uint64_t escaped = *pending;
  // A backslash escaped by the one before it escapes nothing.
  uint64_t escapes = backslash & ~*pending;
  *pending = 0;
  while (escapes) {
    int bit = __builtin_ctzll(escapes);
    if (bit == 63) {
      *pending = 1;
      break;
    }
    escaped |= (uint64_t)1 << (bit + 1);
    escapes &= ~((uint64_t)3 << bit);
  }
  return escaped;
}

/// Bit i set when an odd number of bits up to and including i are set.
static inline uint64_t prefix_parity(uint64_t bits) {
  bits ^= bits << 1;
  bits ^= bits << 2;
  bits ^= bits << 4;
  bits ^= bits << 8;
  bits ^= bits << 16;
  bits ^= bits << 32;
  return bits;
}

lamp_json_status lamp_json_structure(
  const uint8_t *bytes, size_t count, size_t start, lamp_json_entry *entries, size_t capacity, uint32_t *stack,
  size_t stack_capacity, size_t *end, size_t *entry_count) {
  if (start >= count || count >= UINT32_MAX) return lamp_json_malformed;
  size_t written = 0, depth = 0;
  uint64_t pending_escape = 0, in_string = 0;
  uint8_t tail[64];
  for (size_t base = start; base < count; base += 64) {
    const uint8_t *block = bytes + base;
    if (count - base < 64) {
      // Spaces pad the last block: they are neither quotes nor brackets.
      memset(tail, ' ', sizeof tail);
      memcpy(tail, block, count - base);
      block = tail;
    }
    block_masks masks = classify(block);
    uint64_t quotes = masks.quote & ~escaped_bits(masks.backslash, &pending_escape);
    uint64_t inside = prefix_parity(quotes) ^ in_string;
    in_string = (uint64_t)((int64_t)inside >> 63);
    uint64_t brackets = (masks.open | masks.close) & ~inside;
    while (brackets) {
      int bit = __builtin_ctzll(brackets);
      brackets &= brackets - 1;
      uint32_t at = (uint32_t)(base + bit);
      if (masks.open >> bit & 1) {
        if (written == capacity || depth == stack_capacity) return lamp_json_no_room;
        stack[depth++] = (uint32_t)written;
        entries[written++] = (lamp_json_entry){at, 0, 0};
      } else {
        if (depth == 0) return lamp_json_malformed;
        lamp_json_entry *opened = &entries[stack[--depth]];
        opened->end = at + 1;
        opened->next = (uint32_t)written;
        if (depth == 0) {
          *end = (size_t)at + 1;
          *entry_count = written;
          return lamp_json_complete;
        }
      }
    }
  }
  return lamp_json_malformed;
}

#endif
