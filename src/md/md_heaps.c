/*
 * md_heaps.c — the #Strings, #Blob, #GUID and #US heaps (II.24.2.3-4).
 * #Strings, #Blob and #GUID references come from table cells, all checked at open, so
 * their accessors cannot fail. #US offsets come from IL and are checked per call.
 */
#include "md/md_int.h"

int md_heaps_check(md_image *img, md_error *err) {
    /* Strings are returned as C strings: a heap that does not end in NUL could let the
     * last one run off the end. */
    if (img->strings.size && img->strings.p[img->strings.size - 1] != 0)
        return md_fail(err, md_ptr_offset(img, img->strings.p + img->strings.size - 1), 1,
                       "metadata heap '#Strings' does not end in a NUL byte");
    return 0;
}

int md_string_ok(const md_image *img, uint32_t offset) {
    /* Offset 0 is the empty string even when the heap is absent. */
    return offset < img->strings.size || offset == 0;
}

/* Where blob `offset` starts and how long it is; 0 if it does not fit in the heap. */
static int blob_decode(const md_image *img, uint32_t offset, const uint8_t **data,
                       uint32_t *size) {
    const md_heap *h = &img->blob;
    if (offset >= h->size)
        return 0;
    const uint8_t *end = h->p + h->size;
    uint32_t len;
    unsigned n = md_decode_uint(h->p + offset, end, &len);
    if (n == 0 || len > (uint64_t)h->size - offset - n)
        return 0;
    *data = h->p + offset + n;
    *size = len;
    return 1;
}

int md_blob_ok(const md_image *img, uint32_t offset) {
    const uint8_t *d;
    uint32_t n;
    return offset == 0 || blob_decode(img, offset, &d, &n);
}

int md_guid_ok(const md_image *img, uint32_t index) {
    return index <= img->guid.size / 16;
}

const char *md_string(const md_image *img, uint32_t offset) {
    if (offset >= img->strings.size)
        return "";   /* only offset 0 of an absent heap gets here after open */
    return (const char *)img->strings.p + offset;
}

md_blob md_blob_at(const md_image *img, uint32_t offset) {
    /* Never NULL: callers may do pointer arithmetic on an empty blob's data. */
    static const uint8_t empty[1];
    md_blob b = {empty, 0};
    if (!blob_decode(img, offset, &b.data, &b.size)) {
        b.data = empty;   /* offset 0 of an empty or absent heap */
        b.size = 0;
    }
    return b;
}

const uint8_t *md_guid(const md_image *img, uint32_t index) {
    if (index == 0 || index > img->guid.size / 16)
        return NULL;
    return img->guid.p + (uint64_t)(index - 1) * 16;
}

int md_user_string(const md_image *img, uint32_t offset, const uint8_t **utf16le,
                   uint32_t *nchars, md_error *err) {
    const md_heap *h = &img->us;
    *utf16le = NULL;
    *nchars = 0;
    if (offset >= h->size) {
        if (offset == 0)
            return 0;   /* "" with no #US heap at all */
        return md_fail(err, 0, 0, "user string offset 0x%x outside '#US' (0x%x bytes)",
                       offset, h->size);
    }
    uint32_t len;
    unsigned n = md_decode_uint(h->p + offset, h->p + h->size, &len);
    uint64_t at = md_ptr_offset(img, h->p + offset);
    if (n == 0)
        return md_fail(err, at, 1, "user string at '#US' offset 0x%x has a bad length", offset);
    if (len > (uint64_t)h->size - offset - n)
        return md_fail(err, at, 1, "user string at '#US' offset 0x%x extends past the heap",
                       offset);
    /* The length counts a final flag byte after the UTF-16 units when it is odd. */
    *utf16le = h->p + offset + n;
    *nchars = len / 2;
    return 0;
}
