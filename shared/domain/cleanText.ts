// Text from outside (an imported file, a calendar) made safe to keep and to print: terminal escape sequences and
// control characters removed, so a title cannot retitle a terminal window, recolour it or hide what follows.

/**
 * ESC or C1 sequences a terminal acts on: OSC/DCS/SOS/PM/APC strings up to their end (a string's body stops at the
 * next introducer too, so a file of unterminated ones is still read once, not once per introducer), CSI, then any
 * two-character ESC sequence.
 */
// eslint-disable-next-line no-control-regex -- finding escape sequences is this module's job
const ESCAPES = /(?:\u001b[\]PX^_]|[\u0090\u0098\u009d-\u009f])[^\u0007\u001b\u0090\u0098\u009b-\u009f]*(?:\u0007|\u001b\\|\u009c)|(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|\u001b[ -~]/g;
/** C0 controls but tab, line feed and carriage return, DEL, and C1 controls; whatever an escape sequence left. */
// eslint-disable-next-line no-control-regex -- finding control characters is this module's job
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * Text as a person wrote it, without escape sequences or control characters: tabs and line breaks (LF, CR) are
 * kept, so a note imported and exported again is the same note. For storing text from a file.
 */
export function withoutEscapes(text: string): string {
  return text.replace(ESCAPES, '').replace(CONTROLS, '');
}

/**
 * Text to show: without escape sequences or control characters. `multiline` keeps line breaks and tabs (a note),
 * a CR LF or a lone CR counting as one line break; otherwise each becomes a space (a title, a name).
 */
export function cleanText(text: string, options: { multiline?: boolean } = {}): string {
  const plain = withoutEscapes(text).replace(/\r\n?/g, '\n');
  return options.multiline ? plain : plain.replace(/[\t\n]/g, ' ');
}
