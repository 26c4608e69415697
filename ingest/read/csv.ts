// RFC 4180 CSV parser that remembers the line each record starts on.

export interface CsvRecord {
  line: number;
  fields: string[];
}

export function parseCsv(text: string): { records: CsvRecord[]; error?: { line: number; message: string } } {
  const records: CsvRecord[] = [];
  let line = 1;
  let start = 1;
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  let i = 0;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start, fields });
    fields = [];
    field = '';
  };
  while (i < src.length) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (c === '\n') line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (field !== '') return { records, error: { line, message: 'quote inside an unquoted field' } };
      quoted = true;
      i++;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      i++;
    } else if (c === '\r' && src[i + 1] === '\n') {
      i++;
    } else if (c === '\n') {
      endRecord();
      line++;
      start = line;
      i++;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) return { records, error: { line: start, message: 'unterminated quoted field' } };
  if (field !== '' || fields.length) endRecord();
  return { records };
}
