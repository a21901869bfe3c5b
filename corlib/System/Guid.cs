// Guid: .NET's layout (_a, _b, _c, then eight bytes), its five text formats and the parser
// with .NET's rules: which format a string is taken for, where "+" and "0x" are tolerated in
// the hex groups, and which of the per-format messages a failure reports. Bytes are the fields
// in little-endian order on every CPU (bigEndian: true gives RFC 4122's order), so results do
// not depend on the host.
namespace System
{
    public readonly struct Guid : ISpanFormattable, IComparable, IComparable<Guid>, IEquatable<Guid>, ISpanParsable<Guid>
    {
        public static readonly Guid Empty;

        private readonly int _a;
        private readonly short _b;
        private readonly short _c;
        private readonly byte _d, _e, _f, _g, _h, _i, _j, _k;

        // ---- construction

        public Guid(byte[] b) : this(new ReadOnlySpan<byte>(b ?? throw new ArgumentNullException("b"))) { }

        public Guid(ReadOnlySpan<byte> b) : this(b, false) { }

        public Guid(ReadOnlySpan<byte> b, bool bigEndian)
        {
            if (b.Length != 16) throw new ArgumentException("Byte array for Guid must be exactly 16 bytes long.", "b");
            if (bigEndian)
            {
                _a = (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3];
                _b = (short)((b[4] << 8) | b[5]);
                _c = (short)((b[6] << 8) | b[7]);
            }
            else
            {
                _a = b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24);
                _b = (short)(b[4] | (b[5] << 8));
                _c = (short)(b[6] | (b[7] << 8));
            }
            _d = b[8]; _e = b[9]; _f = b[10]; _g = b[11]; _h = b[12]; _i = b[13]; _j = b[14]; _k = b[15];
        }

        public Guid(int a, short b, short c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte k)
        {
            _a = a; _b = b; _c = c; _d = d; _e = e; _f = f; _g = g; _h = h; _i = i; _j = j; _k = k;
        }

        [CLSCompliant(false)]
        public Guid(uint a, ushort b, ushort c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte k)
            : this((int)a, (short)b, (short)c, d, e, f, g, h, i, j, k) { }

        public Guid(int a, short b, short c, byte[] d)
        {
            if (d == null) throw new ArgumentNullException("d");
            if (d.Length != 8) throw new ArgumentException("Byte array for Guid must be exactly 8 bytes long.", "d");
            _a = a; _b = b; _c = c;
            _d = d[0]; _e = d[1]; _f = d[2]; _g = d[3]; _h = d[4]; _i = d[5]; _j = d[6]; _k = d[7];
        }

        public Guid(string g) { this = Parse(g ?? throw new ArgumentNullException("g")); }

        public static Guid AllBitsSet => new Guid(-1, -1, -1, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF);

        // Version 4: random but for the version nibble and the RFC 4122 variant bits.
        public static Guid NewGuid()
        {
            Span<byte> b = stackalloc byte[16];
            Random.Shared.NextBytes(b);
            b[7] = (byte)((b[7] & 0x0F) | 0x40);
            b[8] = (byte)((b[8] & 0x3F) | 0x80);
            return new Guid(b);
        }

        public static Guid CreateVersion7() => CreateVersion7(DateTimeOffset.UtcNow);

        // Version 7: 48 bits of Unix milliseconds first, so that such Guids sort by time.
        public static Guid CreateVersion7(DateTimeOffset timestamp)
        {
            long ms = timestamp.ToUnixTimeMilliseconds();
            ArgumentOutOfRangeException.ThrowIfNegative(ms, "timestamp");
            Guid r = NewGuid();
            return new Guid((int)(ms >> 16), (short)ms, (short)((r._c & 0x0FFF) | 0x7000), r._d, r._e, r._f, r._g, r._h, r._i, r._j, r._k);
        }

        public int Version => (ushort)_c >> 12;
        public int Variant => _d >> 4;

        // ---- bytes

        public byte[] ToByteArray() => ToByteArray(false);

        public byte[] ToByteArray(bool bigEndian)
        {
            byte[] b = new byte[16];
            WriteBytes(b, bigEndian);
            return b;
        }

        public bool TryWriteBytes(Span<byte> destination) => TryWriteBytes(destination, false, out _);

        public bool TryWriteBytes(Span<byte> destination, bool bigEndian, out int bytesWritten)
        {
            if (destination.Length < 16) { bytesWritten = 0; return false; }
            WriteBytes(destination, bigEndian);
            bytesWritten = 16;
            return true;
        }

        private void WriteBytes(Span<byte> b, bool bigEndian)
        {
            if (bigEndian)
            {
                b[0] = (byte)(_a >> 24); b[1] = (byte)(_a >> 16); b[2] = (byte)(_a >> 8); b[3] = (byte)_a;
                b[4] = (byte)(_b >> 8); b[5] = (byte)_b; b[6] = (byte)(_c >> 8); b[7] = (byte)_c;
            }
            else
            {
                b[0] = (byte)_a; b[1] = (byte)(_a >> 8); b[2] = (byte)(_a >> 16); b[3] = (byte)(_a >> 24);
                b[4] = (byte)_b; b[5] = (byte)(_b >> 8); b[6] = (byte)_c; b[7] = (byte)(_c >> 8);
            }
            b[8] = _d; b[9] = _e; b[10] = _f; b[11] = _g; b[12] = _h; b[13] = _i; b[14] = _j; b[15] = _k;
        }

        // ---- equality and order

        public override bool Equals(object o) => o is Guid g && Equals(g);
        public bool Equals(Guid g) => _a == g._a && _b == g._b && _c == g._c && _d == g._d && _e == g._e && _f == g._f && _g == g._g && _h == g._h && _i == g._i && _j == g._j && _k == g._k;

        // The four 32-bit words of the little-endian bytes XORed, as CoreCLR computes on x86.
        public override int GetHashCode() =>
            _a ^ ((ushort)_b | (_c << 16)) ^ (_d | (_e << 8) | (_f << 16) | (_g << 24)) ^ (_h | (_i << 8) | (_j << 16) | (_k << 24));

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is Guid g) return CompareTo(g);
            throw new ArgumentException("Object must be of type GUID.", "value");
        }

        // Field by field, each unsigned: _a, _b, _c, then the bytes in order.
        public int CompareTo(Guid value)
        {
            if (_a != value._a) return (uint)_a < (uint)value._a ? -1 : 1;
            if (_b != value._b) return (ushort)_b < (ushort)value._b ? -1 : 1;
            if (_c != value._c) return (ushort)_c < (ushort)value._c ? -1 : 1;
            if (_d != value._d) return _d < value._d ? -1 : 1;
            if (_e != value._e) return _e < value._e ? -1 : 1;
            if (_f != value._f) return _f < value._f ? -1 : 1;
            if (_g != value._g) return _g < value._g ? -1 : 1;
            if (_h != value._h) return _h < value._h ? -1 : 1;
            if (_i != value._i) return _i < value._i ? -1 : 1;
            if (_j != value._j) return _j < value._j ? -1 : 1;
            if (_k != value._k) return _k < value._k ? -1 : 1;
            return 0;
        }

        public static bool operator ==(Guid a, Guid b) => a.Equals(b);
        public static bool operator !=(Guid a, Guid b) => !a.Equals(b);
        public static bool operator <(Guid left, Guid right) => left.CompareTo(right) < 0;
        public static bool operator <=(Guid left, Guid right) => left.CompareTo(right) <= 0;
        public static bool operator >(Guid left, Guid right) => left.CompareTo(right) > 0;
        public static bool operator >=(Guid left, Guid right) => left.CompareTo(right) >= 0;

        // ---- formatting

        private static FormatException BadFormat() =>
            new FormatException("Format string can be only \"D\", \"d\", \"N\", \"n\", \"P\", \"p\", \"B\", \"b\", \"X\" or \"x\".");

        // The format letter, lower case ('d' for an empty format); throws for anything else.
        private static char FormatLetter(ReadOnlySpan<char> format)
        {
            if (format.Length == 0) return 'd';
            if (format.Length != 1) throw BadFormat();
            char c = (char)(format[0] | 0x20);
            if (c != 'd' && c != 'n' && c != 'b' && c != 'p' && c != 'x') throw BadFormat();
            return c;
        }

        private static int FormattedLength(char letter) => letter switch { 'n' => 32, 'd' => 36, 'x' => 68, _ => 38 };

        public override string ToString() => ToString("D", null);
        public string ToString(string format) => ToString(format, null);

        public string ToString(string format, IFormatProvider provider)
        {
            char letter = FormatLetter(format);
            Span<char> buffer = stackalloc char[68];
            int n = Format(buffer, letter);
            return new string(buffer.Slice(0, n));
        }

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default)
        {
            char letter = FormatLetter(format);
            if (destination.Length < FormattedLength(letter)) { charsWritten = 0; return false; }
            charsWritten = Format(destination, letter);
            return true;
        }

        bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider provider) =>
            TryFormat(destination, out charsWritten, format);

        private static int PutHex(Span<char> d, int at, uint value, int digits)
        {
            for (int i = digits - 1; i >= 0; i--)
            {
                d[at + i] = "0123456789abcdef"[(int)(value & 0xF)];
                value >>= 4;
            }
            return at + digits;
        }

        // "0x" and two digits, for the X format's bytes.
        private static int PutX(Span<char> d, int at, uint value, int digits)
        {
            d[at] = '0';
            d[at + 1] = 'x';
            return PutHex(d, at + 2, value, digits);
        }

        private int Format(Span<char> d, char letter)
        {
            int at = 0;
            if (letter == 'x')
            {
                d[at++] = '{';
                at = PutX(d, at, (uint)_a, 8); d[at++] = ',';
                at = PutX(d, at, (ushort)_b, 4); d[at++] = ',';
                at = PutX(d, at, (ushort)_c, 4); d[at++] = ',';
                d[at++] = '{';
                byte[] rest = { _d, _e, _f, _g, _h, _i, _j, _k };
                for (int i = 0; i < 8; i++)
                {
                    if (i > 0) d[at++] = ',';
                    at = PutX(d, at, rest[i], 2);
                }
                d[at++] = '}';
                d[at++] = '}';
                return at;
            }
            bool dashes = letter != 'n';
            if (letter == 'b') d[at++] = '{';
            else if (letter == 'p') d[at++] = '(';
            at = PutHex(d, at, (uint)_a, 8);
            if (dashes) d[at++] = '-';
            at = PutHex(d, at, (ushort)_b, 4);
            if (dashes) d[at++] = '-';
            at = PutHex(d, at, (ushort)_c, 4);
            if (dashes) d[at++] = '-';
            at = PutHex(d, at, _d, 2);
            at = PutHex(d, at, _e, 2);
            if (dashes) d[at++] = '-';
            at = PutHex(d, at, _f, 2);
            at = PutHex(d, at, _g, 2);
            at = PutHex(d, at, _h, 2);
            at = PutHex(d, at, _i, 2);
            at = PutHex(d, at, _j, 2);
            at = PutHex(d, at, _k, 2);
            if (letter == 'b') d[at++] = '}';
            else if (letter == 'p') d[at++] = ')';
            return at;
        }

        // ---- parsing

        private enum ParseFailure
        {
            None, Unrecognized, InvalidLength, InvalidChar, Dashes, Brace, HexPrefix, Comma, BraceAfterLastNumber, EndBrace, ExtraJunk,
            Overflow,   // reported as Unrecognized, as .NET's Parse and ParseExact do
        }

        private static FormatException ParseError(ParseFailure f) => new FormatException(f switch
        {
            ParseFailure.InvalidLength => "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).",
            ParseFailure.InvalidChar => "Guid string should only contain hexadecimal characters.",
            ParseFailure.Dashes => "Dashes are in the wrong position for GUID parsing.",
            ParseFailure.Brace => "Expected {0xdddddddd, etc}.",
            ParseFailure.HexPrefix => "Expected 0x prefix.",
            ParseFailure.Comma => "Could not find a comma, or the length between the previous token and the comma was zero (i.e., '0x,'etc.).",
            ParseFailure.BraceAfterLastNumber => "Could not find a brace, or the length between the previous token and the brace was zero (i.e., '0x,'etc.).",
            ParseFailure.EndBrace => "Could not find the ending brace.",
            ParseFailure.ExtraJunk => "Additional non-parsable characters are at the end of the string.",
            _ => "Unrecognized Guid format.",
        });

        public static Guid Parse(string input)
        {
            if (input == null) throw new ArgumentNullException("input");
            return Parse(input.AsSpan());
        }

        public static Guid Parse(ReadOnlySpan<char> input)
        {
            ParseFailure f = ParseAny(input, out Guid g);
            if (f != ParseFailure.None) throw ParseError(f);
            return g;
        }

        public static bool TryParse(string input, out Guid result)
        {
            if (input == null) { result = default; return false; }
            return TryParse(input.AsSpan(), out result);
        }

        public static bool TryParse(ReadOnlySpan<char> input, out Guid result) => ParseAny(input, out result) == ParseFailure.None;

        public static Guid Parse(string s, IFormatProvider provider) => Parse(s);
        public static Guid Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s);
        public static bool TryParse(string s, IFormatProvider provider, out Guid result) => TryParse(s, out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out Guid result) => TryParse(s, out result);

        public static Guid ParseExact(string input, string format)
        {
            if (input == null) throw new ArgumentNullException("input");
            if (format == null) throw new ArgumentNullException("format");
            return ParseExact(input.AsSpan(), format.AsSpan());
        }

        public static Guid ParseExact(ReadOnlySpan<char> input, ReadOnlySpan<char> format)
        {
            if (format.Length != 1) throw BadFormat();
            ParseFailure f = ParseExactCore(input, format[0], out Guid g);
            if (f != ParseFailure.None) throw ParseError(f);
            return g;
        }

        public static bool TryParseExact(string input, string format, out Guid result)
        {
            if (input == null || format == null) { result = default; return false; }
            return TryParseExact(input.AsSpan(), format.AsSpan(), out result);
        }

        public static bool TryParseExact(ReadOnlySpan<char> input, ReadOnlySpan<char> format, out Guid result)
        {
            if (format.Length != 1) { result = default; return false; }
            return ParseExactCore(input, format[0], out result) == ParseFailure.None;
        }

        // ParseExact's format letter picks the parser; an unknown letter is a bad format.
        private static ParseFailure ParseExactCore(ReadOnlySpan<char> s, char format, out Guid g)
        {
            g = default;
            s = TrimWhiteSpace(s);
            switch ((char)(format | 0x20))
            {
                case 'n': return ParseN(s, out g);
                case 'd': return ParseD(s, out g);
                case 'b': return ParseEnclosedD(s, '{', '}', out g);
                case 'p': return ParseEnclosedD(s, '(', ')', out g);
                case 'x': return ParseX(s, out g);
            }
            throw BadFormat();
        }

        // Parse without a format: anything shorter than N is unrecognised; otherwise the
        // characters where B's and D's first dash would be decide between B and X, D and N.
        private static ParseFailure ParseAny(ReadOnlySpan<char> s, out Guid g)
        {
            g = default;
            s = TrimWhiteSpace(s);
            if (s.Length < 32) return ParseFailure.Unrecognized;
            switch (s[0])
            {
                case '(': return ParseEnclosedD(s, '(', ')', out g);
                case '{': return s[9] == '-' ? ParseEnclosedD(s, '{', '}', out g) : ParseX(s, out g);
                default: return s[8] == '-' ? ParseD(s, out g) : ParseN(s, out g);
            }
        }

        private static ReadOnlySpan<char> TrimWhiteSpace(ReadOnlySpan<char> s)
        {
            int start = 0, end = s.Length;
            while (start < end && char.IsWhiteSpace(s[start])) start++;
            while (end > start && char.IsWhiteSpace(s[end - 1])) end--;
            return s.Slice(start, end - start);
        }

        private static int HexValue(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        }

        // Hex digits only.
        private static bool ParseHexStrict(ReadOnlySpan<char> s, out uint value)
        {
            value = 0;
            for (int i = 0; i < s.Length; i++)
            {
                int d = HexValue(s[i]);
                if (d < 0) return false;
                value = (value << 4) | (uint)d;
            }
            return true;
        }

        // As .NET reads D's groups and X's numbers: an optional '+', then an optional "0x", then
        // hex digits; overflow is set beyond 8 significant digits.
        private static bool ParseHexLenient(ReadOnlySpan<char> s, out uint value, out bool overflow)
        {
            int i = 0;
            if (s.Length > 0 && s[0] == '+') i++;
            if (s.Length - i > 1 && s[i] == '0' && (s[i + 1] | 0x20) == 'x') i += 2;
            while (i < s.Length && s[i] == '0') i++;
            int digits = 0;
            uint v = 0;
            for (; i < s.Length; i++)
            {
                int d = HexValue(s[i]);
                if (d < 0)
                {
                    overflow = digits > 8;
                    value = 0;
                    return false;
                }
                v = (v << 4) | (uint)d;
                digits++;
            }
            overflow = digits > 8;
            value = v;
            return true;
        }

        private static ParseFailure ParseN(ReadOnlySpan<char> s, out Guid g)
        {
            g = default;
            if (s.Length != 32) return ParseFailure.InvalidLength;
            if (!ParseHexStrict(s.Slice(0, 8), out uint a) || !ParseHexStrict(s.Slice(8, 4), out uint b) ||
                !ParseHexStrict(s.Slice(12, 4), out uint c) || !ParseHexStrict(s.Slice(16, 8), out uint defg) ||
                !ParseHexStrict(s.Slice(24, 8), out uint hijk))
                return ParseFailure.InvalidChar;
            g = FromParts(a, b, c, defg, hijk);
            return ParseFailure.None;
        }

        private static ParseFailure ParseD(ReadOnlySpan<char> s, out Guid g)
        {
            g = default;
            if (s.Length != 36) return ParseFailure.InvalidLength;
            if (s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-') return ParseFailure.Dashes;
            // the last eight digits must be plain hex; the groups before them may carry "+"/"0x"
            if (!ParseHexLenient(s.Slice(0, 8), out uint a, out _) || !ParseHexLenient(s.Slice(9, 4), out uint b, out _) ||
                !ParseHexLenient(s.Slice(14, 4), out uint c, out _) || !ParseHexLenient(s.Slice(19, 4), out uint de, out _) ||
                !ParseHexLenient(s.Slice(24, 4), out uint fg, out _) || !ParseHexStrict(s.Slice(28, 8), out uint hijk))
                return ParseFailure.InvalidChar;
            g = FromParts(a, b, c, (de << 16) | (fg & 0xFFFF), hijk);
            return ParseFailure.None;
        }

        // B and P: D inside a pair of brackets.
        private static ParseFailure ParseEnclosedD(ReadOnlySpan<char> s, char open, char close, out Guid g)
        {
            g = default;
            if (s.Length != 38 || s[0] != open || s[37] != close) return ParseFailure.InvalidLength;
            return ParseD(s.Slice(1, 36), out g);
        }

        private static Guid FromParts(uint a, uint b, uint c, uint defg, uint hijk) =>
            new Guid((int)a, (short)b, (short)c, (byte)(defg >> 24), (byte)(defg >> 16), (byte)(defg >> 8), (byte)defg,
                     (byte)(hijk >> 24), (byte)(hijk >> 16), (byte)(hijk >> 8), (byte)hijk);

        private static bool HexPrefixAt(ReadOnlySpan<char> s, int at) =>
            at >= 0 && at + 1 < s.Length && s[at] == '0' && (s[at + 1] | 0x20) == 'x';

        private static int IndexOf(ReadOnlySpan<char> s, char c, int from)
        {
            for (int i = from; i < s.Length; i++) if (s[i] == c) return i;
            return -1;
        }

        // {0xdddddddd,0xdddd,0xdddd,{0xdd,0xdd,0xdd,0xdd,0xdd,0xdd,0xdd,0xdd}}: numbers of any
        // length, white space anywhere; the first failure found, scanning left to right, is the
        // one reported.
        private static ParseFailure ParseX(ReadOnlySpan<char> text, out Guid g)
        {
            g = default;
            char[] buffer = new char[text.Length];
            int n = 0;
            for (int i = 0; i < text.Length; i++) if (!char.IsWhiteSpace(text[i])) buffer[n++] = text[i];
            ReadOnlySpan<char> s = new ReadOnlySpan<char>(buffer, 0, n);

            if (s.Length == 0 || s[0] != '{') return ParseFailure.Brace;
            // start and len frame the number just read; its "0x" comes right after the
            // character that ends the one before (the opening brace for the first)
            int start = 0, len = 0;
            uint[] fields = new uint[3];
            for (int f = 0; f < 3; f++)
            {
                int prefix = start + len + 1;
                if (!HexPrefixAt(s, prefix)) return ParseFailure.HexPrefix;
                start = prefix + 2;
                len = IndexOf(s, ',', start) - start;
                if (len <= 0) return ParseFailure.Comma;
                if (!ParseHexLenient(s.Slice(start, len), out fields[f], out bool overflow) || overflow)
                    return overflow ? ParseFailure.Overflow : ParseFailure.InvalidChar;
            }
            if (start + len + 1 >= s.Length || s[start + len + 1] != '{') return ParseFailure.Brace;
            len++;
            byte[] bytes = new byte[8];
            for (int i = 0; i < 8; i++)
            {
                int prefix = start + len + 1;
                if (!HexPrefixAt(s, prefix)) return ParseFailure.HexPrefix;
                start = prefix + 2;
                len = IndexOf(s, i < 7 ? ',' : '}', start) - start;
                if (len <= 0) return i < 7 ? ParseFailure.Comma : ParseFailure.BraceAfterLastNumber;
                if (!ParseHexLenient(s.Slice(start, len), out uint v, out bool overflow) || overflow)
                    return overflow ? ParseFailure.Overflow : ParseFailure.InvalidChar;
                if (v > 0xFF) return ParseFailure.Overflow;
                bytes[i] = (byte)v;
            }
            if (start + len + 1 >= s.Length || s[start + len + 1] != '}') return ParseFailure.EndBrace;
            if (start + len + 1 != s.Length - 1) return ParseFailure.ExtraJunk;
            g = new Guid((int)fields[0], (short)fields[1], (short)fields[2], bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7]);
            return ParseFailure.None;
        }
    }
}
