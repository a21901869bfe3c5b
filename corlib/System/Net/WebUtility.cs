// WebUtility: HTML entity encoding/decoding (HTML 4's named entities plus &apos;) and
// URL form encoding ("+" for space, %XX of the UTF-8 bytes of everything but A-Z a-z
// 0-9 and -_.!*()), with .NET's rules for what passes through unchanged.
using System.Globalization;
using System.IO;
using System.Text;

namespace System.Net
{
    public static class WebUtility
    {
        // ---- HTML

        public static string HtmlEncode(string value)
        {
            if (string.IsNullOrEmpty(value)) return value;
            int i = 0;
            while (i < value.Length && !NeedsHtmlEncoding(value[i])) i++;
            if (i == value.Length) return value;
            var sb = new StringBuilder(value.Length + 16);
            sb.Append(value, 0, i);
            HtmlEncodeInto(value, i, sb);
            return sb.ToString();
        }

        public static void HtmlEncode(string value, TextWriter output)
        {
            if (output == null) throw new ArgumentNullException("output");
            if (string.IsNullOrEmpty(value)) return;
            output.Write(HtmlEncode(value));
        }

        private static bool NeedsHtmlEncoding(char c) =>
            c == '<' || c == '>' || c == '"' || c == '\'' || c == '&' || (c >= 160 && c < 256) || char.IsSurrogate(c);

        private static void HtmlEncodeInto(string value, int i, StringBuilder sb)
        {
            for (; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '<': sb.Append("&lt;"); continue;
                    case '>': sb.Append("&gt;"); continue;
                    case '"': sb.Append("&quot;"); continue;
                    case '\'': sb.Append("&#39;"); continue;
                    case '&': sb.Append("&amp;"); continue;
                }
                int code = -1;
                if (c >= 160 && c < 256) code = c;
                else if (char.IsSurrogate(c))
                {
                    // A pair becomes one numeric reference; a lone half becomes U+FFFD.
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        code = char.ConvertToUtf32(c, value[i + 1]);
                        i++;
                    }
                    else c = '\uFFFD';
                }
                if (code >= 0) sb.Append("&#").Append(code.ToString(CultureInfo.InvariantCulture)).Append(';');
                else sb.Append(c);
            }
        }

        public static string HtmlDecode(string value)
        {
            if (string.IsNullOrEmpty(value) || value.IndexOf('&') < 0) return value;
            var sb = new StringBuilder(value.Length);
            HtmlDecodeInto(value, sb);
            return sb.ToString();
        }

        public static void HtmlDecode(string value, TextWriter output)
        {
            if (output == null) throw new ArgumentNullException("output");
            if (string.IsNullOrEmpty(value)) return;
            output.Write(HtmlDecode(value));
        }

        // The reference runs to the next ';' unless another '&' comes first.
        private static int EntityEnd(string value, int ampersand)
        {
            int end = value.IndexOfAny(s_entityStops, ampersand + 1);
            return end >= 0 && value[end] == ';' ? end : -1;
        }

        private static readonly char[] s_entityStops = { ';', '&' };

        // "&name;" and "&#digits;"/"&#xhex;" are replaced when they name a character; anything
        // else (unknown names, surrogate code points, out-of-range numbers) stays as written.
        private static void HtmlDecodeInto(string value, StringBuilder sb)
        {
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                int semicolon = c == '&' ? EntityEnd(value, i) : -1;
                if (semicolon < 0)
                {
                    sb.Append(c);
                    continue;
                }
                ReadOnlySpan<char> entity = value.AsSpan(i + 1, semicolon - i - 1);
                if (entity.Length > 1 && entity[0] == '#')
                {
                    uint code;
                    bool parsed = entity[1] == 'x' || entity[1] == 'X'
                        ? uint.TryParse(entity.Slice(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out code)
                        : uint.TryParse(entity.Slice(1), NumberStyles.Integer, CultureInfo.InvariantCulture, out code);
                    if (parsed && (code < 0xD800 || (code > 0xDFFF && code <= 0x10FFFF)))
                    {
                        if (code <= 0xFFFF) sb.Append((char)code);
                        else sb.Append(char.ConvertFromUtf32((int)code));
                        i = semicolon;
                        continue;
                    }
                    sb.Append(c);
                    continue;
                }
                i = semicolon;
                char named = HtmlEntities.Lookup(entity);
                if (named != '\0') sb.Append(named);
                else sb.Append('&').Append(entity).Append(';');
            }
        }

        // ---- URL

        private static bool IsUrlSafe(byte b) =>
            (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') ||
            b == '-' || b == '_' || b == '.' || b == '!' || b == '*' || b == '(' || b == ')';

        private static char HexDigit(int n) => (char)(n < 10 ? '0' + n : 'A' + n - 10);

        private static int HexValue(int c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        }

        public static string UrlEncode(string value)
        {
            if (string.IsNullOrEmpty(value)) return value;
            byte[] bytes = Encoding.UTF8.GetBytes(value);
            byte[] encoded = EncodeBytes(bytes, 0, bytes.Length, out bool changed);
            return changed ? Encoding.ASCII.GetString(encoded) : value;
        }

        public static byte[] UrlEncodeToBytes(byte[] value, int offset, int count)
        {
            if (!CheckRange(value, offset, count)) return null;
            return EncodeBytes(value, offset, count, out _);
        }

        private static byte[] EncodeBytes(byte[] bytes, int offset, int count, out bool changed)
        {
            int unsafeCount = 0, spaces = 0;
            for (int i = 0; i < count; i++)
            {
                byte b = bytes[offset + i];
                if (b == ' ') spaces++;
                else if (!IsUrlSafe(b)) unsafeCount++;
            }
            changed = unsafeCount + spaces > 0;
            var result = new byte[count + unsafeCount * 2];
            int pos = 0;
            for (int i = 0; i < count; i++)
            {
                byte b = bytes[offset + i];
                if (IsUrlSafe(b)) result[pos++] = b;
                else if (b == ' ') result[pos++] = (byte)'+';
                else
                {
                    result[pos++] = (byte)'%';
                    result[pos++] = (byte)HexDigit(b >> 4);
                    result[pos++] = (byte)HexDigit(b & 15);
                }
            }
            return result;
        }

        // Escaped bytes are gathered and decoded as UTF-8 (invalid sequences become U+FFFD);
        // other characters are kept as they are.
        public static string UrlDecode(string encodedValue)
        {
            if (string.IsNullOrEmpty(encodedValue)) return encodedValue;
            var sb = new StringBuilder(encodedValue.Length);
            byte[] pending = new byte[encodedValue.Length];
            int pendingCount = 0;
            for (int i = 0; i < encodedValue.Length; i++)
            {
                char c = encodedValue[i];
                if (c == '%' && i + 2 < encodedValue.Length && HexValue(encodedValue[i + 1]) >= 0 && HexValue(encodedValue[i + 2]) >= 0)
                {
                    pending[pendingCount++] = (byte)(HexValue(encodedValue[i + 1]) * 16 + HexValue(encodedValue[i + 2]));
                    i += 2;
                    continue;
                }
                if (pendingCount > 0)
                {
                    sb.Append(Encoding.UTF8.GetString(pending, 0, pendingCount));
                    pendingCount = 0;
                }
                sb.Append(c == '+' ? ' ' : c);
            }
            if (pendingCount > 0) sb.Append(Encoding.UTF8.GetString(pending, 0, pendingCount));
            return sb.ToString();
        }

        public static byte[] UrlDecodeToBytes(byte[] encodedValue, int offset, int count)
        {
            if (!CheckRange(encodedValue, offset, count)) return null;
            var result = new byte[count];
            int pos = 0;
            for (int i = 0; i < count; i++)
            {
                byte b = encodedValue[offset + i];
                if (b == '+') b = (byte)' ';
                else if (b == '%' && i + 2 < count)
                {
                    int hi = HexValue(encodedValue[offset + i + 1]), lo = HexValue(encodedValue[offset + i + 2]);
                    if (hi >= 0 && lo >= 0)
                    {
                        b = (byte)(hi * 16 + lo);
                        i += 2;
                    }
                }
                result[pos++] = b;
            }
            if (pos < result.Length) Array.Resize(ref result, pos);
            return result;
        }

        private static bool CheckRange(byte[] bytes, int offset, int count)
        {
            if (bytes == null && count == 0) return false;
            if (bytes == null) throw new ArgumentNullException("bytes");
            ArgumentOutOfRangeException.ThrowIfNegative(offset, "offset");
            ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, bytes.Length, "offset");
            ArgumentOutOfRangeException.ThrowIfNegative(count, "count");
            ArgumentOutOfRangeException.ThrowIfGreaterThan(count, bytes.Length - offset, "count");
            return true;
        }
    }
}
