/* The PDFium reader's per-character loop (pipeline.load.pdfium._gathered_in_python), in C: one call
 * for a text page instead of three to five ctypes calls a character. It calls PDFium's own
 * functions, whose addresses the caller passes (pypdfium2 has already loaded PDFium: nothing is
 * linked here), and gathers the page's glyphs into arrays the caller allocates. The rules are the
 * Python loop's, statement for statement; tests/load/test_native.py holds the two to the same
 * glyphs and characters on every sample. Plain C, no Python header: built by pipeline.load.native
 * with the machine's C compiler and loaded with ctypes. */
#include <math.h>
#include <stdint.h>

typedef unsigned int (*unicode_fn)(void *, int);
typedef int (*flag_fn)(void *, int);
typedef void *(*object_fn)(void *, int);
typedef int (*origin_fn)(void *, int, double *, double *);
typedef void *(*font_fn)(void *);
typedef int (*width_fn)(void *, uint32_t, float, float *);
typedef int (*matrix_fn)(void *, int, float *);
typedef double (*size_fn)(void *, int);
typedef int (*color_fn)(void *, int, unsigned int *, unsigned int *, unsigned int *, unsigned int *);
typedef int (*box_fn)(void *, int, double *, double *, double *, double *);

/* PDFium's functions, in the order the caller passes their addresses. */
typedef struct {
    unicode_fn unicode_of;
    flag_fn is_generated, map_error;
    origin_fn origin_of;
    object_fn object_of;
    font_fn font_of;
    width_fn width_of;
    matrix_fn matrix_of;
    size_fn size_of;
    color_fn color_of;
    box_fn box_of;
} functions;

/* Where what a glyph's run is made of goes (see gather_glyphs). */
typedef struct {
    int32_t *changes;
    uint64_t *fonts;
    double *matrices, *sizes;
    uint32_t *colors;
    uint8_t *states;
    int count;
} run_starts;

enum { UNMAPPED = 1, SPACE_BEFORE = 2 };
enum { MATRIX_READ = 1, COLOR_READ = 2 };
enum { LINE_END_HYPHEN = 0x02, HYPHEN = 0x2D };

static int generated_code(unsigned int code) { return code == 0x20 || code == 0x0D || code == 0x0A; }
static int unmapped_code(unsigned int code) { return code == 0 || code == 0xFFFE || code == 0xFFFF; }

/* Read what _Runs.read asks of PDFium for glyph number `glyph`, at its first character `index`. */
static void note_run(const functions *f, void *tp, int index, uint64_t key, int glyph, run_starts *runs) {
    int n = runs->count++;
    runs->changes[n] = glyph;
    runs->fonts[n] = key ? (uint64_t)(uintptr_t)f->font_of((void *)(uintptr_t)key) : 0;
    float matrix[6] = {0, 0, 0, 0, 0, 0};
    uint8_t state = 0;
    if (f->matrix_of(tp, index, matrix)) state |= MATRIX_READ;
    for (int k = 0; k < 4; k++) runs->matrices[4 * n + k] = (double)matrix[k];
    runs->sizes[n] = f->size_of(tp, index);
    unsigned int red = 0, green = 0, blue = 0, alpha = 0;
    if (f->color_of(tp, index, &red, &green, &blue, &alpha)) state |= COLOR_READ;
    runs->colors[3 * n] = red, runs->colors[3 * n + 1] = green, runs->colors[3 * n + 2] = blue;
    runs->states[n] = state;
}

/* The glyphs of text page `tp`'s `count` characters. `addresses`: PDFium's FPDFText_GetUnicode,
 * FPDFText_IsGenerated, FPDFText_HasUnicodeMapError, FPDFText_GetCharOrigin,
 * FPDFText_GetTextObject, FPDFTextObj_GetFont, FPDFFont_GetGlyphWidth, FPDFText_GetMatrix,
 * FPDFText_GetFontSize, FPDFText_GetFillColor and FPDFText_GetCharBox.
 *
 * Per character (arrays of `count`): `objects` (FPDFText_GetTextObject's address, 0 for none).
 * Per glyph (at most `count`): the first and last character index, the code (a line-end hyphen's
 * is the hyphen's; an unmapped glyph's its own), the origin, the text object, UNMAPPED and
 * SPACE_BEFORE flags, where its text starts in `text` and how many characters it has there (a
 * ligature's pieces follow its first letter; an unmapped glyph's text is made by the caller,
 * "(cid:N)"), and `per_size`: the width of its character per unit of type size as its text
 * object's font gives it (FPDFFont_GetGlyphWidth at 1000, over 1000; -1 where the font says
 * nothing, where there is no font, and for an unmapped glyph). Where `ink_rights` is given (the
 * caller checks ink: see pipeline.load.pdfium._boxed), the right edge of a mapped glyph's ink
 * (FPDFText_GetCharBox of its first character), NaN where PDFium gives none.
 *
 * Where a glyph's text object is not the last glyph's (a run may start there), what the caller's
 * _Runs.read asks of PDFium is read at the glyph's first character: `changes` (the glyph's
 * number), `fonts` (FPDFTextObj_GetFont of the object, 0 for none), `matrices`
 * (FPDFText_GetMatrix: a, b, c, d, four a change), `sizes` (FPDFText_GetFontSize), `colors`
 * (FPDFText_GetFillColor: red, green, blue, three a change) and `states` (MATRIX_READ,
 * COLOR_READ: the call succeeded); how many goes to `*change_count`.
 *
 * Returns the number of glyphs; `*space_after` says PDFium inserted a space after the last. */
int gather_glyphs(void *tp, int count, void *const *addresses, uint64_t *objects, int32_t *first, int32_t *last,
                  uint32_t *glyph_code, double *xs, double *ys, uint64_t *keys, uint8_t *flags, int32_t *text_start,
                  int32_t *text_length, uint32_t *text, double *per_size, int32_t *changes, uint64_t *fonts, double *matrices,
                  double *sizes, uint32_t *colors, uint8_t *states, double *ink_rights, int32_t *change_count,
                  int32_t *space_after) {
    functions f = {(unicode_fn)addresses[0], (flag_fn)addresses[1], (flag_fn)addresses[2], (origin_fn)addresses[3],
                   (object_fn)addresses[4], (font_fn)addresses[5], (width_fn)addresses[6], (matrix_fn)addresses[7],
                   (size_fn)addresses[8], (color_fn)addresses[9], (box_fn)addresses[10]};
    run_starts runs = {changes, fonts, matrices, sizes, colors, states, 0};
    int glyphs = 0, text_used = 0, space = 0;
    int joinable = 0; /* a piece of a ligature may join the last glyph (its object and origin below) */
    uint64_t last_key = 0, glyph_key = 0; /* glyph_key: the last glyph's text object */
    double last_x = 0.0, last_y = 0.0;
    for (int index = 0; index < count; index++) {
        unsigned int code = f.unicode_of(tp, index);
        uint64_t key = (uint64_t)(uintptr_t)f.object_of(tp, index);
        objects[index] = key;
        if (generated_code(code) && f.is_generated(tp, index)) { /* PDFium inserts only spaces and line breaks */
            if (code == 0x20) {
                joinable = 0;
                space = glyphs > 0;
            }
            continue;
        }
        double x = 0.0, y = 0.0;
        int unmapped = unmapped_code(code) || f.map_error(tp, index) == 1;
        f.origin_of(tp, index, &x, &y);
        unsigned int shown = code == LINE_END_HYPHEN && !unmapped ? HYPHEN : code;
        if (!unmapped && joinable && key == last_key && x == last_x && y == last_y) {
            /* a piece of a ligature: PDFium gives each of its letters the glyph's origin */
            unsigned int before = text[text_used - 1];
            if (shown >= 0xDC00 && shown <= 0xDFFF && before >= 0xD800 && before <= 0xDBFF) {
                /* or the two halves of a character past U+FFFF (PDFium's text is UTF-16): one character */
                unsigned int whole = 0x10000 + ((before - 0xD800) << 10) + (shown - 0xDC00);
                text[text_used - 1] = whole;
                /* its width is not the font's by character (see pipeline.load.pdfium._advance) */
                if (text_length[glyphs - 1] == 1) glyph_code[glyphs - 1] = whole, per_size[glyphs - 1] = -1.0;
                last[glyphs - 1] = index;
                continue;
            }
            text[text_used++] = shown;
            text_length[glyphs - 1]++;
            last[glyphs - 1] = index;
            continue;
        }
        if (glyphs == 0 || key != glyph_key) note_run(&f, tp, index, key, glyphs, &runs);
        glyph_key = key;
        first[glyphs] = last[glyphs] = index;
        glyph_code[glyphs] = shown;
        xs[glyphs] = x, ys[glyphs] = y, keys[glyphs] = key;
        flags[glyphs] = (unmapped ? UNMAPPED : 0) | (space ? SPACE_BEFORE : 0);
        text_start[glyphs] = text_used;
        per_size[glyphs] = -1.0;
        if (ink_rights) {
            double left = 0.0, right = 0.0, bottom = 0.0, top = 0.0;
            ink_rights[glyphs] = !unmapped && f.box_of(tp, index, &left, &right, &bottom, &top) ? right : NAN;
        }
        if (unmapped) {
            text_length[glyphs] = 0;
            joinable = 0; /* (no piece joins an unmapped glyph) */
        } else {
            text_length[glyphs] = 1;
            text[text_used++] = shown;
            void *font = key ? f.font_of((void *)(uintptr_t)key) : 0;
            float width = 0.0f;
            if (font && f.width_of(font, shown, 1000.0f, &width) && width >= 0.0f) per_size[glyphs] = (double)width / 1000.0;
            joinable = 1, last_key = key, last_x = x, last_y = y;
        }
        glyphs++;
        space = 0;
    }
    *change_count = runs.count;
    *space_after = space;
    return glyphs;
}

typedef void *(*page_object_fn)(void *, int);
typedef int (*object_type_fn)(void *);
typedef int (*mcid_fn)(void *);
typedef int (*bounds_fn)(void *, float *, float *, float *, float *);

/* The page's own objects (pipeline.load.pdfium._page_drawings walks them): `addresses` are PDFium's
 * FPDFPage_GetObject, FPDFPageObj_GetType, FPDFPageObj_GetMarkedContentID and
 * FPDFPageObj_GetBounds. Per object of `count`: its address (0: none), its type, and where
 * `text_type` is not -1, for an object of that type its marked-content id and, where that is not
 * negative, its bounds (left, bottom, right, top; `bounded` 1 where PDFium gave them). */
void page_objects(void *page, int count, void *const *addresses, int text_type, uint64_t *objects, int32_t *types,
                  int32_t *mcids, float *bounds, uint8_t *bounded) {
    page_object_fn object_at = (page_object_fn)addresses[0];
    object_type_fn type_of = (object_type_fn)addresses[1];
    mcid_fn mcid_of = (mcid_fn)addresses[2];
    bounds_fn bounds_of = (bounds_fn)addresses[3];
    for (int i = 0; i < count; i++) {
        void *object = object_at(page, i);
        objects[i] = (uint64_t)(uintptr_t)object;
        types[i] = object ? type_of(object) : -1;
        mcids[i] = -1;
        bounded[i] = 0;
        if (object && text_type != -1 && types[i] == text_type) {
            mcids[i] = mcid_of(object);
            if (mcids[i] >= 0)
                bounded[i] = bounds_of(object, &bounds[4 * i], &bounds[4 * i + 1], &bounds[4 * i + 2], &bounds[4 * i + 3]) ? 1 : 0;
        }
    }
}

#include <stdio.h>
#include <stdlib.h>

typedef int (*draw_mode_fn)(void *, int *, int *);
typedef int (*count_fn)(void *);
typedef void *(*segment_at_fn)(void *, int);
typedef int (*point_fn)(void *, float *, float *);
typedef int (*segment_int_fn)(void *);
typedef int (*object_matrix_fn)(void *, float *);

/* A number as the file wrote it, where it wrote at most 7 significant digits (pipeline.load.pdfium
 * ._written: PDFium keeps numbers as 32-bit floats; their 7 significant digits give the decimal
 * back): printed with 7 significant digits and read again, as Python's float(f"{v:.7g}") does
 * (both round correctly, ties to even). */
static double written(double value) {
    char text[48];
    snprintf(text, sizeof text, "%.7g", value);
    return strtod(text, NULL);
}

/* A path object as pipeline.load.pdfium._path_shapes reads it: `addresses` are PDFium's
 * FPDFPageObj_GetMatrix, FPDFPath_GetDrawMode, FPDFPath_CountSegments, FPDFPath_GetPathSegment,
 * FPDFPathSegment_GetPoint, FPDFPathSegment_GetType and FPDFPathSegment_GetClose. Writes the
 * object's matrix (six numbers as written; `*matrix_read` 0 where PDFium gave none), the draw mode
 * (`*mode_read` 0 where PDFium gave none), and, where the path is filled or stroked, each segment
 * with a point (at most `room`): its point (as written), type and close flag. Returns how many
 * segments it wrote, or -1 where there are more than `room` (the caller asks again with room). */
int path_object(void *object, void *const *addresses, double *matrix, int *matrix_read, int *fill_mode, int *stroke,
                int *mode_read, int room, double *xs, double *ys, int32_t *kinds, uint8_t *closes) {
    object_matrix_fn matrix_of = (object_matrix_fn)addresses[0];
    draw_mode_fn draw_mode = (draw_mode_fn)addresses[1];
    count_fn count_of = (count_fn)addresses[2];
    segment_at_fn segment_at = (segment_at_fn)addresses[3];
    point_fn point_of = (point_fn)addresses[4];
    segment_int_fn type_of = (segment_int_fn)addresses[5], close_of = (segment_int_fn)addresses[6];
    float m[6] = {0, 0, 0, 0, 0, 0};
    *matrix_read = matrix_of(object, m) ? 1 : 0;
    for (int k = 0; k < 6; k++) matrix[k] = written((double)m[k]);
    *mode_read = draw_mode(object, fill_mode, stroke) ? 1 : 0;
    int count = count_of(object), n = 0;
    if (count > room) return -1;
    for (int i = 0; i < count; i++) {
        void *segment = segment_at(object, i);
        float x = 0.0f, y = 0.0f;
        if (!segment || !point_of(segment, &x, &y)) continue;
        xs[n] = written((double)x), ys[n] = written((double)y);
        kinds[n] = type_of(segment);
        closes[n] = close_of(segment) ? 1 : 0;
        n++;
    }
    return n;
}
