// CompositeFormat: a composite format string checked once, up front, so that formatting
// with it later cannot fail on the string itself. Parsing follows the grammar of
// StringBuilder.AppendFormatHelper and reports the same errors at the same offsets.
namespace System.Text
{
    public sealed class CompositeFormat
    {
        public string Format { get; }
        public int MinimumArgumentCount { get; }

        private CompositeFormat(string format, int minimumArgumentCount)
        {
            Format = format;
            MinimumArgumentCount = minimumArgumentCount;
        }

        public static CompositeFormat Parse(string format)
        {
            if (format == null) throw new ArgumentNullException("format");
            return new CompositeFormat(format, CountArguments(format));
        }

        internal void CheckArgumentCount(int count)
        {
            if (count < MinimumArgumentCount)
                throw new FormatException("Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
        }

        // .NET's CompositeFormat.Parse gives this one reason for nearly every malformed hole
        // (a missing digit and a lone "}" mid-text excepted), unlike string.Format.
        private const string Premature = "Format item ends prematurely.";

        private static FormatException Error(int offset, string reason) =>
            new FormatException("Input string was not in a correct format. Failure to parse near offset " + offset.ToString() + ". " + reason);

        // Returns one more than the largest argument index the format uses (0 if none).
        private static int CountArguments(string format)
        {
            int pos = 0, len = format.Length, count = 0;
            while (true)
            {
                while (pos < len)
                {
                    char c = format[pos++];
                    if (c == '}')
                    {
                        if (pos == len) throw Error(pos, Premature);
                        if (format[pos] == '}') { pos++; continue; }
                        throw Error(pos, "Unexpected closing brace without a corresponding opening brace.");
                    }
                    if (c == '{')
                    {
                        if (pos < len && format[pos] == '{') { pos++; continue; }
                        pos--;
                        break;
                    }
                }
                if (pos == len) return count;
                pos++;                                  // past '{'
                int index = ReadNumber(format, ref pos);
                SkipSpaces(format, ref pos);
                if (format[pos] == ',')
                {
                    pos++;
                    while (pos < len && format[pos] == ' ') pos++;
                    if (pos == len) throw Error(pos, Premature);
                    if (format[pos] == '-')
                    {
                        pos++;
                        if (pos == len) throw Error(pos, Premature);
                    }
                    ReadNumber(format, ref pos);
                    SkipSpaces(format, ref pos);
                }
                if (format[pos] == ':')
                {
                    pos++;
                    while (true)
                    {
                        if (pos == len) throw Error(pos, Premature);
                        char c = format[pos];
                        if (c == '}') break;
                        if (c == '{') throw Error(pos, Premature);
                        pos++;
                    }
                }
                else if (format[pos] != '}')
                {
                    throw Error(pos, Premature);
                }
                pos++;
                if (index + 1 > count) count = index + 1;
            }
        }

        // Reads digits at pos (at least one); leaves pos on the next character, which exists.
        private static int ReadNumber(string format, ref int pos)
        {
            if (pos == format.Length) throw Error(pos, Premature);
            char c = format[pos];
            if (c < '0' || c > '9') throw Error(pos, "Expected an ASCII digit.");
            int n = 0;
            do
            {
                n = n * 10 + (c - '0');
                pos++;
                if (pos == format.Length) throw Error(pos, Premature);
                c = format[pos];
            } while (c >= '0' && c <= '9' && n < 1000000);
            return n;
        }

        private static void SkipSpaces(string format, ref int pos)
        {
            while (format[pos] == ' ')
            {
                pos++;
                if (pos == format.Length) throw Error(pos, Premature);
            }
        }
    }
}
