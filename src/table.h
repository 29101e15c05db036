/*
 * table.h -- tables of laws written as text: a header line of column labels
 * ("| Public Law | Enacted | Stat. |", "public_law,date,bill") and the rows
 * under it, cells split by '|', a tab or ',' (CSV's quotes kept together).
 * The header says what each row's cells are: the scanner reads a bare
 * "92-509" under a law's label as Public Law 92-509 (scan.c), and the
 * checker reads a row's cells as facts of the row's one law (entry.c).
 * Pure functions over a byte buffer; nothing here allocates.
 */
#ifndef SC_TABLE_H
#define SC_TABLE_H

#include <stddef.h>
#include <stdint.h>

/* What a column's cells describe (src/table_labels.def). */
typedef enum sc_col_role {
    SC_COL_OTHER = 0,
    SC_COL_LAW,       /* the law's number: "92-509"              */
    SC_COL_STAT,      /* its page: "86 Stat. 1324"                */
    SC_COL_BILL,      /* its bill: "H.R. 168"                     */
    SC_COL_CONGRESS,  /* its Congress: "92nd", "Ninety-second"    */
    SC_COL_DATE,      /* the day it was enacted                   */
    SC_COL_PRESIDENT, /* who signed it: "Richard Nixon"           */
    SC_COL_NAME,      /* its name: "Clean Air Act"                */
    SC_COL_CHAPTER,   /* its chapter, before 1957: "646"          */
    SC_COL_VOLUME,    /* its page's volume: "38" (with a page's)  */
    SC_COL_PAGE,      /* its page in that volume: "730"           */
    SC_COL_STEP,      /* the day of another event than its        *
                       * enactment: "Introduced", "Effective"      */
    SC_COL_RELATED,   /* another law, not the row's: "Amends",    *
                       * "Amended by", "Related law"               */
    SC_COL_ROLES      /* (how many roles)                         */
} sc_col_role;

#define SC_TABLE_COLS 16  /* a line of more cells is no table's */
#define SC_TABLE_LINE 600 /* nor a line longer than this        */

/* A line's cells, each [so, eo) in the buffer with its blanks (and a CSV
 * cell's quotes) trimmed. */
typedef struct sc_table_cells {
    int n;
    size_t so[SC_TABLE_COLS], eo[SC_TABLE_COLS];
} sc_table_cells;

/* A header: its separator, how many cells, and each column's role. */
typedef struct sc_table_head {
    uint8_t sep;
    uint8_t ncol;
    uint8_t role[SC_TABLE_COLS];
    unsigned roles; /* 1u << role, for each role a column has */
} sc_table_head;

/** The separator of the line buf[ls..le): '|' when it has one, else a
 *  tab when it has one, else ','. */
uint8_t sc_table_sep(const uint8_t *buf, size_t ls, size_t le);

/** Splits buf[ls..le) at @p sep into @p c (a '|' table's outer bars open
 *  and close no cell; a CSV cell in double quotes may hold commas).
 *  Returns the number of cells, or -1 when there are more than
 *  SC_TABLE_COLS or the line is longer than SC_TABLE_LINE. */
int sc_table_cells_of(const uint8_t *buf, size_t ls, size_t le, uint8_t sep, sc_table_cells *c);

/** Does buf[ls..le) hold a '|', a tab, or a ',' right before a byte that
 *  is no blank -- could it be a row at all?  (A fast test, 16 bytes at a
 *  time: most lines of prose hold none.) */
int sc_table_marked(const uint8_t *buf, size_t ls, size_t le);

/** The cells of buf[ls..le) when it is shaped as a row: two cells or
 *  more, split by '|', a tab or -- each directly before a cell's first
 *  byte, as a spreadsheet writes it, not ", " as prose does -- ','.  The
 *  separator in *sep.  0 when it is not. */
int sc_table_line_cells(const uint8_t *buf, size_t ls, size_t le, uint8_t *sep);

/** The role of the label buf[so..eo) (table_labels.def), by its letters
 *  lower-cased: SC_COL_OTHER when it is none of them, -1 when it is no
 *  label at all (a digit in it, or longer than 40 bytes). */
int sc_table_label_role(const uint8_t *buf, size_t so, size_t eo);

/** Is buf[ls..le) a header: two cells or more, each a label of letters
 *  (no digit), at least two of them labels of table_labels.def, one of
 *  them a law's, page's, bill's or Act name's, or two of them a volume's
 *  and a page's?  Fills @p h when it is.
 *  Returns 1 or 0. */
int sc_table_header(const uint8_t *buf, size_t ls, size_t le, sc_table_head *h);

/** Is buf[ls..le) a rule between header and rows ("| --- | :---: |")? */
int sc_table_rule_line(const uint8_t *buf, size_t ls, size_t le);

/** The row of a table that holds buf[at], its header found above it (at
 *  most 64 lines up, none before buf[from]), every line between them a row
 *  of as many cells or a rule.  Fills @p h and @p c (and, when not NULL,
 *  *head_eo: where the header's line ends) and returns 1, or returns 0. */
int sc_table_row(const uint8_t *buf, size_t from, size_t len, size_t at, sc_table_head *h,
                 sc_table_cells *c, size_t *head_eo);

/** Does the citation at buf[s..t) fill a cell of a table's row: a
 *  separator (or a line's start) before it and after it, past blanks and
 *  a quote?  A citation in prose has a word before it, or ", " ("See,
 *  e.g., ..."): a fast test before the others. */
static inline int sc_table_in_cell(const uint8_t *b, size_t len, size_t s, size_t t)
{
    size_t k = s;
    while (k > 0 && (b[k - 1] == ' ' || b[k - 1] == '"'))
        k--;
    if (k > 0 && (b[k - 1] == ',' ? b[k] == ' ' : b[k - 1] != '|' && b[k - 1] != '\t' && b[k - 1] != '\n'))
        return 0;
    while (t < len && (b[t] == ' ' || b[t] == '"' || b[t] == '\r'))
        t++;
    return t == len || b[t] == '|' || b[t] == '\t' || b[t] == '\n' ||
           (b[t] == ',' && t + 1 < len && b[t + 1] != ' ');
}

/** The row that holds buf[at] of a table with no header: three cells or
 *  more (sc_table_line_cells()), and the line above or below it a row of
 *  as many, split alike -- or, alone, a Markdown row between outer bars
 *  ("| August 16, 2012 | 126 Stat. 1310 | Public Law No. 112-173 |").
 *  Fills @p c and returns 1, or returns 0. */
int sc_table_bare_row(const uint8_t *buf, size_t from, size_t len, size_t at, sc_table_cells *c);

/** The chapter a table's cell under "Ch." or "Chapter" at b[q..z) gives:
 *  a number alone, or after "ch." / "chap." ("388", "ch. 388"); 0 when
 *  the cell is anything else (or longer than 12 bytes). */
int sc_table_chapter_cell(const uint8_t *b, size_t q, size_t z);

#endif
