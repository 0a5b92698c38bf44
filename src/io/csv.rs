//! A small RFC 4180 reader and writer: fields separated by a delimiter
//! (`,` for CSV files, a tab for cells pasted from a spreadsheet), fields
//! quoted with `"` when they hold the delimiter, a quote or a line break
//! (a quote inside is doubled), records ended by CRLF or LF (or a lone CR).
//! A UTF-8 byte order mark at the start is stripped on read; the writer
//! ends records with CRLF and adds the mark only when asked (results CSV).
//!
//! Reading never panics: a malformed file is a [`CsvError`] with the record
//! (1-based, the header is record 1) and the field (1-based) where it went
//! wrong. Pure Rust, tested natively.

/// The UTF-8 byte order mark, so spreadsheet software reads Chinese.
pub const BOM: char = '\u{feff}';

/// One record: its fields and where it starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// 1-based record number (the header row is 1): the row number a
    /// spreadsheet shows, also when a quoted field spans several lines.
    pub row: usize,
    pub fields: Vec<String>,
}

impl Record {
    /// The field at 0-based `i`, or "" when the record is shorter.
    pub fn get(&self, i: usize) -> &str {
        self.fields.get(i).map(String::as_str).unwrap_or("")
    }

    /// True when every field is empty or blank.
    pub fn is_blank(&self) -> bool {
        self.fields.iter().all(|f| f.trim().is_empty())
    }
}

/// Why a file could not be read as CSV or TSV.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvErrorKind {
    /// A quoted field is never closed.
    UnterminatedQuote,
    /// Text follows the closing quote of a field (`"a"b`).
    TextAfterQuote,
    /// A quote inside an unquoted field (`a"b`).
    StrayQuote,
}

impl CsvErrorKind {
    /// A stable reason code (tests and the translation table).
    pub fn code(self) -> &'static str {
        match self {
            CsvErrorKind::UnterminatedQuote => "csv.unterminated_quote",
            CsvErrorKind::TextAfterQuote => "csv.text_after_quote",
            CsvErrorKind::StrayQuote => "csv.stray_quote",
        }
    }
}

/// A malformed file, with the record and field where reading stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CsvError {
    pub kind: CsvErrorKind,
    /// 1-based record number.
    pub row: usize,
    /// 1-based field number.
    pub column: usize,
}

/// Strips a leading UTF-8 byte order mark.
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix(BOM).unwrap_or(text)
}

/// Reads comma-separated text.
pub fn parse_csv(text: &str) -> Result<Vec<Record>, CsvError> {
    parse(text, ',')
}

/// Reads tab-separated text (cells copied from a spreadsheet: quoted the
/// same way when a cell holds a tab, a quote or a line break).
pub fn parse_tsv(text: &str) -> Result<Vec<Record>, CsvError> {
    parse(text, '\t')
}

/// Reads delimited text. Blank lines between records are kept as records
/// with one empty field (callers skip blank records); a final line break
/// does not make an extra record.
pub fn parse(text: &str, delim: char) -> Result<Vec<Record>, CsvError> {
    let text = strip_bom(text);
    let mut records = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut row = 1usize;
    // State: at field start, inside an unquoted field, inside quotes, or
    // just after a closing quote.
    #[derive(PartialEq)]
    enum St {
        Start,
        Plain,
        Quoted,
        AfterQuote,
    }
    let mut st = St::Start;
    let mut any = false;
    while let Some(c) = chars.next() {
        any = true;
        match st {
            St::Quoted => {
                if c == '"' {
                    if chars.peek() == Some(&'"') {
                        chars.next();
                        field.push('"');
                    } else {
                        st = St::AfterQuote;
                    }
                } else {
                    field.push(c);
                }
            }
            _ if c == delim => {
                fields.push(std::mem::take(&mut field));
                st = St::Start;
            }
            _ if c == '\r' || c == '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                fields.push(std::mem::take(&mut field));
                records.push(Record {
                    row,
                    fields: std::mem::take(&mut fields),
                });
                row += 1;
                st = St::Start;
                any = false;
            }
            St::Start if c == '"' => st = St::Quoted,
            St::AfterQuote => {
                return Err(CsvError {
                    kind: CsvErrorKind::TextAfterQuote,
                    row,
                    column: fields.len() + 1,
                })
            }
            _ if c == '"' => {
                return Err(CsvError {
                    kind: CsvErrorKind::StrayQuote,
                    row,
                    column: fields.len() + 1,
                })
            }
            _ => {
                field.push(c);
                st = St::Plain;
            }
        }
    }
    if st == St::Quoted {
        return Err(CsvError {
            kind: CsvErrorKind::UnterminatedQuote,
            row,
            column: fields.len() + 1,
        });
    }
    if any {
        fields.push(field);
        records.push(Record { row, fields });
    }
    Ok(records)
}

/// Quotes a field when it holds the delimiter, a quote, a line break, or
/// leading/trailing spaces.
pub fn escape(field: &str, delim: char) -> String {
    let needs = field.contains(delim)
        || field.contains('"')
        || field.contains('\n')
        || field.contains('\r')
        || field.starts_with(' ')
        || field.ends_with(' ');
    if needs {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

/// Writes records as CSV, each ended by CRLF.
pub fn write_csv<R, F>(rows: R) -> String
where
    R: IntoIterator<Item = F>,
    F: IntoIterator,
    F::Item: AsRef<str>,
{
    write(rows, ',')
}

/// Writes records with `delim`, each ended by CRLF.
pub fn write<R, F>(rows: R, delim: char) -> String
where
    R: IntoIterator<Item = F>,
    F: IntoIterator,
    F::Item: AsRef<str>,
{
    let mut out = String::new();
    for row in rows {
        let mut first = true;
        for f in row {
            if !first {
                out.push(delim);
            }
            first = false;
            out.push_str(&escape(f.as_ref(), delim));
        }
        out.push_str("\r\n");
    }
    out
}

/// The spreadsheet letter of a 1-based column (1 → A, 27 → AA).
pub fn column_letter(mut n: usize) -> String {
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(char::from(b'A' + r as u8));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Vec<Vec<String>> {
        parse_csv(text)
            .unwrap_or_default()
            .into_iter()
            .map(|r| r.fields)
            .collect()
    }

    #[test]
    fn quotes_commas_and_line_breaks() {
        let t = "a,\"b,c\",\"d\"\"e\"\r\n\"x\ny\",,z\n";
        assert_eq!(
            fields(t),
            vec![vec!["a", "b,c", "d\"e"], vec!["x\ny", "", "z"]]
        );
        let recs = parse_csv(t).unwrap_or_default();
        assert_eq!(recs[1].row, 2);
    }

    #[test]
    fn round_trip() {
        let rows = vec![
            vec!["编号", "a,b", "say \"hi\"", "two\nlines", " pad", ""],
            vec!["1", "", "", "", "", "x"],
        ];
        let text = write_csv(rows.clone());
        assert_eq!(fields(&text), rows);
    }

    #[test]
    fn letters() {
        assert_eq!(column_letter(1), "A");
        assert_eq!(column_letter(26), "Z");
        assert_eq!(column_letter(27), "AA");
    }
}
