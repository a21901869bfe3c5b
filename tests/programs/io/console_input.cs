// Console input from console_input.stdin: Console.Read (a byte order mark is a character on
// the console), Peek, Console.ReadLine and Console.In.ReadLine with \n, \r\n and \r endings,
// Console.In.Read into a buffer, ReadToEnd, null and -1 at the end; then Console output as
// raw bytes through Console.OpenStandardOutput, interleaved with Console.Out, and the
// console streams' properties and errors.
using System;
using System.IO;
using System.Text;

class Program
{
    static string Esc(string s) => s == null ? "null" : s.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");

    static void Try(string what, Action a)
    {
        try { a(); Console.WriteLine(what + ": ok"); }
        catch (Exception e) { Console.WriteLine($"{what}: {e.GetType().Name}: {e.Message}"); }
    }

    static int Main()
    {
        int c1 = Console.Read(), c2 = Console.Read(), c3 = Console.Read();
        Console.WriteLine($"Read: {c1:X4} {(char)c2} {(char)c3} Peek: {Console.In.Peek()}");
        string line;
        int n = 0;
        while ((line = Console.ReadLine()) != null)
        {
            n++;
            Console.WriteLine($"{n,2}: [{Esc(line)}] {line.Length}");
            if (line == "block")
            {
                var buf = new char[6];
                int got = Console.In.Read(buf, 0, buf.Length);
                Console.WriteLine($"    block of {got}: [{Esc(new string(buf, 0, got))}]");
            }
            if (line == "stop") break;
        }
        int sum = 0, count = 0;
        while ((line = Console.In.ReadLine()) != null && line != "end")
        {
            foreach (string w in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (int.TryParse(w, out int v)) { sum += v; count++; }
        }
        Console.WriteLine($"numbers: {count} sum {sum}");
        string rest = Console.In.ReadToEnd();
        Console.WriteLine($"rest: [{Esc(rest)}]");
        Console.WriteLine($"at the end: {Esc(Console.ReadLine())} {Console.Read()} {Console.In.Peek()} [{Console.In.ReadToEnd()}]");

        Console.Write("before raw; ");
        Console.Out.Flush();
        using (Stream stdout = Console.OpenStandardOutput())
        {
            byte[] bytes = Encoding.UTF8.GetBytes("raw bytes: ünïcödé ✓\n");
            stdout.Write(bytes, 0, bytes.Length);
            stdout.WriteByte((byte)'#');
            stdout.Write(new byte[] { (byte)'!', (byte)'\n' });
            stdout.Flush();
            Console.WriteLine($"stdout stream: read {stdout.CanRead} write {stdout.CanWrite} seek {stdout.CanSeek}");
            Try("stdout Length", () => Console.Write(stdout.Length));
            Try("stdout Position", () => stdout.Position = 0);
            Try("stdout Seek", () => stdout.Seek(0, SeekOrigin.Begin));
        }
        using (var w = new StreamWriter(Console.OpenStandardOutput()))
        {
            w.WriteLine("through a StreamWriter (flushed when disposed)");
        }
        Stream stdin = Console.OpenStandardInput();
        Console.WriteLine($"stdin stream: read {stdin.CanRead} write {stdin.CanWrite} seek {stdin.CanSeek} at end {stdin.ReadByte()}");
        Console.WriteLine($"encodings: {Console.InputEncoding.WebName} {Console.OutputEncoding.WebName} preamble {Console.OutputEncoding.GetPreamble().Length} newline {Esc(Console.Out.NewLine)} redirected {Console.IsInputRedirected}");
        Console.Error.WriteLine("(this goes to stderr)");
        Console.Write("no newline at the end");
        return 0;
    }
}
