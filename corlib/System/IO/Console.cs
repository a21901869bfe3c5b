// Console. Output goes through ConsolePal.Write straight away on every Write/WriteLine call (like
// .NET's auto-flushed console), encoded as UTF-8, so nothing is lost if the process aborts.
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    internal static unsafe class ConsolePal
    {
        // write(2): writes up to count bytes; returns the number written or -1 on error.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Write(int fd, byte* buffer, int count);

        // read(2): reads up to count bytes; returns the number read, 0 at end of file, -1 on error.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Read(int fd, byte* buffer, int count);

        internal static void WriteAll(int fd, byte[] bytes, int count)
        {
            fixed (byte* p = bytes)
            {
                int done = 0;
                while (done < count)
                {
                    int n = Write(fd, p + done, count - done);
                    if (n <= 0) return;
                    done += n;
                }
            }
        }
    }

    internal sealed class ConsoleWriter : TextWriter
    {
        private readonly int _fd;
        private byte[] _bytes = new byte[256];

        internal ConsoleWriter(int fd) { _fd = fd; }

        public override Encoding Encoding => Console.OutputEncoding;

        private void Emit(char[] chars, int index, int count)
        {
            int max = count * 3;
            if (_bytes.Length < max) _bytes = new byte[max];
            int n = UTF8Encoding.Encode(chars, index, count, _bytes, 0);
            ConsolePal.WriteAll(_fd, _bytes, n);
        }

        private void Emit(string s)
        {
            if (string.IsNullOrEmpty(s)) return;
            char[] c = s.ToCharArray();
            Emit(c, 0, c.Length);
        }

        public override void Write(char value) => Emit(new[] { value }, 0, 1);
        public override void Write(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer", "Buffer cannot be null.");
            if (index < 0 || count < 0 || buffer.Length - index < count) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count");
            Emit(buffer, index, count);
        }
        public override void Write(string value) => Emit(value);
        public override void WriteLine(string value) => Emit(value + NewLine);
        public override void WriteLine() => Emit(NewLine);
    }

    public enum ConsoleColor
    {
        Black = 0, DarkBlue = 1, DarkGreen = 2, DarkCyan = 3, DarkRed = 4, DarkMagenta = 5, DarkYellow = 6, Gray = 7,
        DarkGray = 8, Blue = 9, Green = 10, Cyan = 11, Red = 12, Magenta = 13, Yellow = 14, White = 15,
    }

    public static class Console
    {
        private static TextWriter s_out, s_error;
        private static TextReader s_in;

        public static TextWriter Out => s_out ??= new ConsoleWriter(1);
        public static TextWriter Error => s_error ??= new ConsoleWriter(2);
        // Standard input is read as UTF-8; a byte order mark there is a character (U+FEFF), as in .NET.
        public static TextReader In => s_in ??= new StreamReader(new ConsoleStream(0, false), InputEncoding, false, 4096, true);

        public static void SetOut(TextWriter newOut) { s_out = newOut ?? throw new ArgumentNullException("newOut"); }
        public static void SetError(TextWriter newError) { s_error = newError ?? throw new ArgumentNullException("newError"); }
        public static void SetIn(TextReader newIn) { s_in = newIn ?? throw new ArgumentNullException("newIn"); }

        // UTF-8 without a byte order mark: the console never writes one.
        private static Encoding s_encoding;
        public static Encoding OutputEncoding { get => s_encoding ??= new UTF8Encoding(false); set { } }
        public static Encoding InputEncoding { get => OutputEncoding; set { } }
        public static ConsoleColor ForegroundColor { get; set; } = ConsoleColor.Gray;
        public static ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;
        public static void ResetColor() { }
        public static void Clear() { }
        public static void Beep() { }
        public static bool IsOutputRedirected => true;
        public static bool IsErrorRedirected => true;
        public static bool IsInputRedirected => true;
        public static bool KeyAvailable => false;
        public static bool TreatControlCAsInput { get; set; }
        public static string Title { get; set; } = string.Empty;
        public static int WindowWidth { get => 80; set { } }
        public static int WindowHeight { get => 25; set { } }
        public static int BufferWidth { get => 80; set { } }
        public static int BufferHeight { get => 25; set { } }
        public static bool CursorVisible { get; set; } = true;
        public static int CursorLeft { get => 0; set { } }
        public static int CursorTop { get => 0; set { } }
        public static void SetCursorPosition(int left, int top) { }
        public static (int Left, int Top) GetCursorPosition() => (0, 0);

        public static Stream OpenStandardInput() => new ConsoleStream(0, false);
        public static Stream OpenStandardInput(int bufferSize) => new ConsoleStream(0, false);
        public static Stream OpenStandardOutput() => new ConsoleStream(1, true);
        public static Stream OpenStandardOutput(int bufferSize) => new ConsoleStream(1, true);
        public static Stream OpenStandardError() => new ConsoleStream(2, true);
        public static Stream OpenStandardError(int bufferSize) => new ConsoleStream(2, true);

        public static int Read() => In.Read();
        public static string ReadLine() => In.ReadLine();

        public static void WriteLine() => Out.WriteLine();
        public static void WriteLine(bool value) => Out.WriteLine(value);
        public static void WriteLine(char value) => Out.WriteLine(value);
        public static void WriteLine(char[] buffer) => Out.WriteLine(buffer);
        public static void WriteLine(char[] buffer, int index, int count) => Out.WriteLine(buffer, index, count);
        public static void WriteLine(decimal value) => Out.WriteLine(value);
        public static void WriteLine(double value) => Out.WriteLine(value);
        public static void WriteLine(float value) => Out.WriteLine(value);
        public static void WriteLine(int value) => Out.WriteLine(value);
        public static void WriteLine(uint value) => Out.WriteLine(value);
        public static void WriteLine(long value) => Out.WriteLine(value);
        public static void WriteLine(ulong value) => Out.WriteLine(value);
        public static void WriteLine(object value) => Out.WriteLine(value);
        public static void WriteLine(string value) => Out.WriteLine(value);
        public static void WriteLine(ReadOnlySpan<char> value) => Out.WriteLine(value);
        public static void WriteLine(string format, object arg0) => Out.WriteLine(format, arg0);
        public static void WriteLine(string format, object arg0, object arg1) => Out.WriteLine(format, arg0, arg1);
        public static void WriteLine(string format, object arg0, object arg1, object arg2) => Out.WriteLine(format, arg0, arg1, arg2);
        public static void WriteLine(string format, params object[] arg)
        {
            if (arg == null) Out.WriteLine(format, null, null);
            else Out.WriteLine(format, arg);
        }
        public static void WriteLine(string format, params ReadOnlySpan<object> arg) => Out.WriteLine(format, arg);

        public static void Write(bool value) => Out.Write(value);
        public static void Write(char value) => Out.Write(value);
        public static void Write(char[] buffer) => Out.Write(buffer);
        public static void Write(char[] buffer, int index, int count) => Out.Write(buffer, index, count);
        public static void Write(decimal value) => Out.Write(value);
        public static void Write(double value) => Out.Write(value);
        public static void Write(float value) => Out.Write(value);
        public static void Write(int value) => Out.Write(value);
        public static void Write(uint value) => Out.Write(value);
        public static void Write(long value) => Out.Write(value);
        public static void Write(ulong value) => Out.Write(value);
        public static void Write(object value) => Out.Write(value);
        public static void Write(string value) => Out.Write(value);
        public static void Write(ReadOnlySpan<char> value) => Out.Write(value);
        public static void Write(string format, object arg0) => Out.Write(format, arg0);
        public static void Write(string format, object arg0, object arg1) => Out.Write(format, arg0, arg1);
        public static void Write(string format, object arg0, object arg1, object arg2) => Out.Write(format, arg0, arg1, arg2);
        public static void Write(string format, params object[] arg)
        {
            if (arg == null) Out.Write(format, null, null);
            else Out.Write(format, arg);
        }
        public static void Write(string format, params ReadOnlySpan<object> arg) => Out.Write(format, arg);
    }
}
