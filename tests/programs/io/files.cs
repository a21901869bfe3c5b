// Whole-file operations: File.WriteAllText/ReadAllText/AppendAllText, lines, bytes, Copy, Move,
// Delete, Exists, Open*/Create*/OpenText/CreateText/AppendText, and the exceptions .NET throws
// for bad arguments, missing files and directories, with their exact messages. Everything
// happens in a fresh directory under the temporary path (named by the process id, which is
// never printed: messages show it as $T).
using System;
using System.IO;
using System.Linq;
using System.Text;

class Program
{
    static string root;

    static string Show(string s) => s == null ? "null" : s.Replace(root, "$T");

    static void Try(string what, Action a)
    {
        try { a(); Console.WriteLine(what + ": ok"); }
        catch (Exception e)
        {
            string extra = e is ArgumentException ae && ae.ParamName != null ? " [" + ae.ParamName + "]" : "";
            if (e is FileNotFoundException f) extra += " file=" + Show(f.FileName);
            Console.WriteLine($"{what}: {e.GetType().Name}: {Show(e.Message)}{extra}");
        }
    }

    static string Hex(byte[] b) => BitConverter.ToString(b);

    static int Main()
    {
        root = Path.Combine(Path.GetTempPath(), "anyclr-io-files-" + Environment.ProcessId);
        Directory.CreateDirectory(root);
        string saved = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(root);
        try { Run(); }
        finally
        {
            Directory.SetCurrentDirectory(saved);
            Directory.Delete(root, true);
        }
        Console.WriteLine("cleaned up: " + !Directory.Exists(root));
        return 0;
    }

    static void Run()
    {
        // text
        File.WriteAllText("a.txt", "héllo\nwörld €");
        Console.WriteLine($"text: [{File.ReadAllText("a.txt")}] bytes {Hex(File.ReadAllBytes("a.txt"))}");
        File.AppendAllText("a.txt", "\r\nmore");
        File.AppendAllText("new.txt", "created by append");
        Console.WriteLine($"appended: {File.ReadAllText("a.txt").Length} chars; new: [{File.ReadAllText("new.txt")}]");
        File.WriteAllText("a.txt", "short");
        Console.WriteLine($"overwritten: [{File.ReadAllText("a.txt")}] {new FileInfo("a.txt").Length}");
        File.WriteAllText("empty.txt", "");
        File.WriteAllText("null.txt", null);
        Console.WriteLine($"empty: [{File.ReadAllText("empty.txt")}] {File.ReadAllBytes("empty.txt").Length} null: {File.ReadAllBytes("null.txt").Length}");
        File.WriteAllText("bom.txt", "x", Encoding.UTF8);
        File.WriteAllText("bom-empty.txt", "", Encoding.UTF8);
        File.WriteAllText("u16.txt", "x€", Encoding.Unicode);
        Console.WriteLine($"with encodings: {Hex(File.ReadAllBytes("bom.txt"))} | {Hex(File.ReadAllBytes("bom-empty.txt"))} | {Hex(File.ReadAllBytes("u16.txt"))}");
        Console.WriteLine($"read back: [{File.ReadAllText("bom.txt")}] [{File.ReadAllText("u16.txt")}] [{File.ReadAllText("u16.txt", Encoding.Latin1)}]");
        File.AppendAllText("bom.txt", "y", Encoding.UTF8);
        Console.WriteLine($"append keeps one BOM: {Hex(File.ReadAllBytes("bom.txt"))}");

        // lines
        File.WriteAllLines("lines.txt", new[] { "one", "", "three", "fünf" });
        Console.WriteLine($"lines: {Hex(File.ReadAllBytes("lines.txt"))}");
        File.AppendAllLines("lines.txt", new[] { "six" });
        string[] lines = File.ReadAllLines("lines.txt");
        Console.WriteLine($"{lines.Length} lines: {string.Join("|", lines)}");
        File.WriteAllText("mixed.txt", "a\rb\r\nc\n\rd\r\r\ne\n");
        Console.WriteLine("mixed endings: " + string.Join("|", File.ReadAllLines("mixed.txt").Select(l => "[" + l + "]")));
        Console.WriteLine("ReadLines: " + string.Join(",", File.ReadLines("lines.txt").Where(l => l.Length > 3)));
        var lazy = File.ReadLines("lines.txt");
        File.WriteAllLines("lines.txt", Enumerable.Range(1, 3).Select(i => "n" + i));
        Console.WriteLine("ReadLines opened before the rewrite: " + string.Join(",", lazy));
        File.WriteAllLines("nolines.txt", new string[0]);
        Console.WriteLine($"no lines: {File.ReadAllLines("nolines.txt").Length} {new FileInfo("nolines.txt").Length}");

        // bytes
        var data = new byte[10000];
        for (int i = 0; i < data.Length; i++) data[i] = (byte)(i * 7 + i / 256);
        File.WriteAllBytes("data.bin", data);
        byte[] back = File.ReadAllBytes("data.bin");
        Console.WriteLine($"bytes: {back.Length} same {back.SequenceEqual(data)} sum {back.Sum(b => (long)b)}");
        File.AppendAllBytes("data.bin", new byte[] { 1, 2, 3 });
        Console.WriteLine($"appended bytes: {new FileInfo("data.bin").Length} tail {Hex(File.ReadAllBytes("data.bin")[^4..])}");

        // exists, copy, move, delete
        Directory.CreateDirectory("sub");
        Console.WriteLine($"exists: {File.Exists("a.txt")} {File.Exists("nope")} {File.Exists("sub")} {File.Exists("a.txt/")} {File.Exists("")} {File.Exists(null)} {File.Exists("a\0b")} {File.Exists(Path.Combine(root, "a.txt"))} {File.Exists("sub/../a.txt")}");
        File.Copy("a.txt", "copy.txt");
        File.Copy("data.bin", "sub/data.bin");
        Console.WriteLine($"copied: [{File.ReadAllText("copy.txt")}] {new FileInfo("sub/data.bin").Length}");
        File.Copy("lines.txt", "copy.txt", true);
        Console.WriteLine($"copied over: [{File.ReadAllText("copy.txt").Replace("\n", "/")}]");
        File.Move("copy.txt", "moved.txt");
        Console.WriteLine($"moved: {File.Exists("copy.txt")} {File.Exists("moved.txt")}");
        File.WriteAllText("other.txt", "other");
        File.Move("other.txt", "moved.txt", true);
        Console.WriteLine($"moved over: [{File.ReadAllText("moved.txt")}] {File.Exists("other.txt")}");
        File.Move("moved.txt", "moved.txt");
        File.Move("moved.txt", "sub/moved.txt");
        Console.WriteLine($"moved into sub: {File.Exists("sub/moved.txt")}");
        File.Delete("sub/moved.txt");
        File.Delete("sub/moved.txt");
        Console.WriteLine($"deleted: {File.Exists("sub/moved.txt")}");

        // Open and friends
        using (var w = File.CreateText("t.txt")) { w.WriteLine("first"); w.Write(42); w.Write(' '); w.Write(1.5); }
        using (var w = File.AppendText("t.txt")) w.WriteLine("!");
        using (var r = File.OpenText("t.txt")) Console.WriteLine($"OpenText: [{r.ReadLine()}] [{r.ReadLine()}] [{r.ReadLine()}]");
        using (var fs = File.Create("c.bin")) { fs.WriteByte(1); fs.WriteByte(2); Console.WriteLine($"Create: {fs.CanRead}{fs.CanWrite}{fs.CanSeek} len {fs.Length}"); }
        using (var fs = File.OpenRead("c.bin")) Console.WriteLine($"OpenRead: {fs.CanRead}{fs.CanWrite} {fs.ReadByte()} {fs.ReadByte()} {fs.ReadByte()}");
        using (var fs = File.OpenWrite("c.bin")) { fs.WriteByte(9); Console.WriteLine($"OpenWrite: {fs.CanRead}{fs.CanWrite} pos {fs.Position} len {fs.Length}"); }
        using (var fs = File.Open("c.bin", FileMode.Append)) { fs.WriteByte(8); Console.WriteLine($"Open Append: pos {fs.Position}"); }
        using (var fs = File.Open("c.bin", FileMode.Open, FileAccess.Read)) Console.WriteLine($"Open: len {fs.Length}");
        Console.WriteLine("c.bin: " + Hex(File.ReadAllBytes("c.bin")));
        using (var fs = File.Open("c.bin", FileMode.Truncate)) Console.WriteLine($"Truncate: len {fs.Length}");
        using (var fs = File.Open("oc.bin", FileMode.OpenOrCreate)) Console.WriteLine($"OpenOrCreate: len {fs.Length} {File.Exists("oc.bin")}");

        // errors
        Try("ReadAllText missing", () => File.ReadAllText("nope.txt"));
        Try("ReadAllText missing dir", () => File.ReadAllText("nodir/nope.txt"));
        Try("ReadAllText under a file", () => File.ReadAllText("a.txt/x"));
        Try("ReadAllText directory", () => File.ReadAllText("sub"));
        Try("ReadAllText empty", () => File.ReadAllText(""));
        Try("ReadAllText null", () => File.ReadAllText(null));
        Try("ReadAllText NUL", () => File.ReadAllText("a\0b"));
        Try("ReadAllText null encoding", () => File.ReadAllText("a.txt", null));
        Try("ReadAllBytes missing", () => File.ReadAllBytes("nope"));
        Try("ReadAllLines missing", () => File.ReadAllLines("nope"));
        Try("ReadLines missing", () => File.ReadLines("nope"));
        Try("WriteAllText directory", () => File.WriteAllText("sub", "x"));
        Try("WriteAllText missing dir", () => File.WriteAllText("nodir/x", "x"));
        Try("WriteAllBytes null", () => File.WriteAllBytes("x", null));
        Try("WriteAllLines null", () => File.WriteAllLines("x", (string[])null));
        Try("AppendAllText missing dir", () => File.AppendAllText("nodir/x", "x"));
        Try("Delete missing", () => File.Delete("nope"));
        Try("Delete missing dir", () => File.Delete("nodir/nope"));
        Try("Delete directory", () => File.Delete("sub"));
        Try("Delete empty", () => File.Delete(""));
        Try("Copy missing", () => File.Copy("nope", "x"));
        Try("Copy onto existing", () => File.Copy("a.txt", "t.txt"));
        Try("Copy onto directory", () => File.Copy("a.txt", "sub"));
        Try("Copy directory", () => File.Copy("sub", "x"));
        Try("Copy onto itself", () => File.Copy("a.txt", "a.txt", true));
        Try("Copy to missing dir", () => File.Copy("a.txt", "nodir/x"));
        Try("Copy null", () => File.Copy(null, "x"));
        Try("Copy empty dest", () => File.Copy("a.txt", ""));
        Try("Move missing", () => File.Move("nope", "x"));
        Try("Move onto existing", () => File.Move("a.txt", "t.txt"));
        Try("Move directory", () => File.Move("sub", "x"));
        Try("Move to missing dir", () => File.Move("a.txt", "nodir/x"));
        Try("Move empty", () => File.Move("", "x"));
        Try("OpenRead missing", () => File.OpenRead("nope"));
        Try("Open CreateNew existing", () => File.Open("a.txt", FileMode.CreateNew));
        Try("Open Truncate missing", () => File.Open("nope", FileMode.Truncate));
        Try("OpenText missing", () => File.OpenText("nope"));
        Try("CreateText missing dir", () => File.CreateText("nodir/x"));
        Console.WriteLine("a.txt still: " + File.ReadAllText("a.txt"));
    }
}
