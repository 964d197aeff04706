/**
 * Where a JSON Pointer's value starts in a JSON text, as offset and 1-based line:column, found by
 * scanning the text (JSON.parse keeps no positions). For a pointer to a missing member, the
 * position of the object that lacks it. Undefined when the text is not JSON or the path is absent.
 */
export function locateJsonPointer(
  json: string,
  pointer: string,
): { offset: number; line: number; column: number } | undefined {
  const keys =
    pointer === ''
      ? []
      : pointer
          .slice(1)
          .split('/')
          .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  let i = 0;
  const ws = (): void => {
    while (i < json.length && /[\s]/.test(json[i]!)) i++;
  };
  const skipString = (): string | undefined => {
    const start = i;
    i++;
    while (i < json.length && json[i] !== '"') i += json[i] === '\\' ? 2 : 1;
    i++;
    try {
      return JSON.parse(json.slice(start, i)) as string;
    } catch {
      return undefined;
    }
  };
  const skipValue = (): boolean => {
    ws();
    const ch = json[i];
    if (ch === '"') return skipString() !== undefined;
    if (ch === '{' || ch === '[') {
      const close = ch === '{' ? '}' : ']';
      i++;
      ws();
      if (json[i] === close) {
        i++;
        return true;
      }
      for (;;) {
        ws();
        if (ch === '{') {
          if (json[i] !== '"' || skipString() === undefined) return false;
          ws();
          if (json[i] !== ':') return false;
          i++;
        }
        if (!skipValue()) return false;
        ws();
        if (json[i] === ',') {
          i++;
          continue;
        }
        if (json[i] === close) {
          i++;
          return true;
        }
        return false;
      }
    }
    const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(json.slice(i, i + 400));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  ws();
  let parentAt = i;
  for (const key of keys) {
    ws();
    parentAt = i;
    const ch = json[i];
    if (ch !== '{' && ch !== '[') return undefined;
    i++;
    let found = false;
    for (let index = 0; ; index++) {
      ws();
      if (json[i] === '}' || json[i] === ']' || i >= json.length) break;
      let name: string | undefined = String(index);
      if (ch === '{') {
        name = skipString();
        ws();
        if (json[i] !== ':') return undefined;
        i++;
      }
      ws();
      if (name === key) {
        found = true;
        break;
      }
      if (!skipValue()) return undefined;
      ws();
      if (json[i] === ',') i++;
    }
    if (!found) return position(json, parentAt);
  }
  ws();
  return i <= json.length ? position(json, Math.min(i, json.length)) : undefined;
}

function position(json: string, offset: number): { offset: number; line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = json.indexOf('\n'); k !== -1 && k < offset; k = json.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { offset, line, column: offset - lineStart + 1 };
}
