import { patchModule, replaceOnce } from './patch-module.ts';

const READ_VAR_STRING =
	'export const readVarString = string.utf8TextDecoder ? _readVarStringNative : _readVarStringPolyfill';

/**
 * Short ASCII strings read without the browser's `TextDecoder`. Yjs reads every map key and every
 * string value of a board with lib0's `readVarString`, which hands each one, however short, to
 * `TextDecoder.decode`: a board of 2,000 notes is about 70,000 such strings ("x", "props",
 * "yellow"…), each a call into Chromium. Read as char codes instead (`String.fromCharCode`, one
 * call, so the string is flat: built a char at a time it would be a rope that V8 copies again when
 * the string becomes a key), they take about half as long. A string with any byte over 127 is
 * still decoded by `TextDecoder`, which also rejects malformed UTF-8 as before; ASCII bytes are
 * always valid UTF-8, and one char each.
 */
export const lib0ShortStrings = () =>
	patchModule({
		name: 'werkbord-lib0-short-strings',
		module: /[\\/]lib0[\\/]decoding\.js$/,
		changed: 'lib0 changed its readVarString',
		file: 'vite/lib0-short-strings.ts',
		patch: (code) =>
			replaceOnce(
				code,
				READ_VAR_STRING,
				'const SHORT_STRING = 64\n' +
					'const isAscii = (arr, start, end) => {\n' +
					'  for (let i = start; i < end; i++) if (arr[i] > 127) return false\n' +
					'  return true\n' +
					'}\n' +
					'const _readVarStringShortAscii = decoder => {\n' +
					'  const len = readVarUint(decoder)\n' +
					'  const { arr, pos } = decoder\n' +
					'  const end = pos + len\n' +
					'  if (len <= SHORT_STRING && end <= arr.length && isAscii(arr, pos, end)) {\n' +
					'    decoder.pos = end\n' +
					'    return String.fromCharCode.apply(null, arr.subarray(pos, end))\n' +
					'  }\n' +
					'  return string.utf8TextDecoder.decode(readUint8Array(decoder, len))\n' +
					'}\n' +
					'export const readVarString = string.utf8TextDecoder ? _readVarStringShortAscii : _readVarStringPolyfill'
			)
	});
