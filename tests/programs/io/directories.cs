// Directories: CreateDirectory (nested, existing, over a file), listing with GetFiles/
// GetDirectories/GetFileSystemEntries/Enumerate* (sorted before printing: the order is the
// file system's), search patterns with .NET's wildcard rules, recursion, Move, Delete
// (recursive or not), the current directory, FileInfo/DirectoryInfo basics, and the errors.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

class Program
{
    static string root;

    static string Show(string s) => s == null ? "null" : s.Replace(root, "$T");
    static string List(IEnumerable<string> xs) => string.Join(" ", xs.Select(Show).OrderBy(x => x, StringComparer.Ordinal));

    static void Try(string what, Action a)
    {
        try { a(); Console.WriteLine(what + ": ok"); }
        catch (Exception e)
        {
            string extra = e is ArgumentException ae && ae.ParamName != null ? " [" + ae.ParamName + "]" : "";
            Console.WriteLine($"{what}: {e.GetType().Name}: {Show(e.Message)}{extra}");
        }
    }

    static int Main()
    {
        root = Path.Combine(Path.GetTempPath(), "anyclr-io-dirs-" + Environment.ProcessId);
        string saved = Directory.GetCurrentDirectory();
        var info = Directory.CreateDirectory(root);
        Console.WriteLine($"created: {Show(info.FullName)} exists {info.Exists} {Directory.Exists(root)}");
        Directory.SetCurrentDirectory(root);
        Console.WriteLine($"cwd: {Show(Directory.GetCurrentDirectory())} {Show(Environment.CurrentDirectory)}");
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
        foreach (var n in new[] { "a.txt", "b.TXT", "c.txtx", "d", "e.", "f.tar.gz", ".hidden", "g.t", "ab.txt", "sp ace.md" })
            File.WriteAllText(n, n);
        var deep = Directory.CreateDirectory("sub/deeper/deepest");
        Console.WriteLine($"nested: {Show(deep.FullName)} name {deep.Name} parent {deep.Parent.Name}");
        Directory.CreateDirectory("sub");
        Directory.CreateDirectory("sub/./deeper/../other/");
        Directory.CreateDirectory("empty");
        File.WriteAllText("sub/x.txt", "x");
        File.WriteAllText("sub/deeper/y.txt", "yy");
        File.WriteAllText("sub/deeper/deepest/z.dat", "zzz");

        Console.WriteLine("files: " + List(Directory.GetFiles(".")));
        Console.WriteLine("files (full): " + List(Directory.GetFiles(root)));
        Console.WriteLine("dirs: " + List(Directory.GetDirectories(".")));
        Console.WriteLine("entries of sub: " + List(Directory.GetFileSystemEntries("sub")));
        Console.WriteLine("entries of sub/: " + List(Directory.EnumerateFileSystemEntries("sub/")));
        Console.WriteLine("all files: " + List(Directory.GetFiles(".", "*", SearchOption.AllDirectories)));
        Console.WriteLine("all dirs: " + List(Directory.EnumerateDirectories("sub", "*", SearchOption.AllDirectories)));
        Console.WriteLine("all *.txt: " + List(Directory.EnumerateFiles(".", "*.txt", SearchOption.AllDirectories)));
        Console.WriteLine("empty: [" + List(Directory.GetFiles("empty")) + "]");
        foreach (var pat in new[] { "*", "*.*", "*.txt", "*.TXT", "?.txt", "??.txt", "*.", "*t*", "a*", "*.t?", ".*", "d", "*.tar.gz", "f.*", "**", "*x", "sp*", "*.md", "", "sub/*", "nothing*" })
            Console.WriteLine($"pattern '{pat}': " + List(Directory.GetFiles(".", pat)));
        Console.WriteLine("dirs 'd*': " + List(Directory.GetDirectories("sub", "d*", SearchOption.AllDirectories)));

        // FileInfo / DirectoryInfo
        var fi = new FileInfo("sub/deeper/y.txt");
        Console.WriteLine($"FileInfo: {fi.Name} {fi.Length} {fi.Exists} ext {fi.Extension} dir {Show(fi.DirectoryName)} {fi.Directory.Name} {fi} full {Show(fi.FullName)}");
        var missing = new FileInfo("nope.txt");
        Console.WriteLine($"missing: {missing.Exists} {missing.Extension} year {missing.LastWriteTimeUtc.Year}");
        Try("missing Length", () => Console.Write(missing.Length));
        File.WriteAllText("nope.txt", "now");
        Console.WriteLine($"cached until Refresh: {missing.Exists}");
        missing.Refresh();
        Console.WriteLine($"after Refresh: {missing.Exists} {missing.Length}");
        var copy = missing.CopyTo("copied.txt");
        missing.MoveTo("sub/moved.txt");
        Console.WriteLine($"CopyTo/MoveTo: {copy.Name} {copy.Exists} {missing.Name} {Show(missing.FullName)} {missing.Exists} {File.Exists("nope.txt")}");
        missing.Delete();
        Console.WriteLine($"Delete: {missing.Exists} {File.Exists("sub/moved.txt")}");
        using (var w = new FileInfo("made.txt").CreateText()) w.Write("abc");
        using (var r = new FileInfo("made.txt").OpenText()) Console.WriteLine("CreateText/OpenText: " + r.ReadToEnd());
        var di = new DirectoryInfo("sub/");
        Console.WriteLine($"DirectoryInfo: name {di.Name} full {Show(di.FullName)} parent {Show(di.Parent.FullName)} {di} exists {di.Exists}");
        Console.WriteLine("  files: " + List(di.GetFiles().Select(f => f.Name)));
        Console.WriteLine("  dirs: " + List(di.GetDirectories().Select(d => d.Name)));
        Console.WriteLine("  all *.txt: " + List(di.GetFiles("*.txt", SearchOption.AllDirectories).Select(f => f.Name + "=" + f.Length)));
        Console.WriteLine("  infos: " + List(di.GetFileSystemInfos().Select(f => f.Name + (f is DirectoryInfo ? "/" : ""))));
        var made = di.CreateSubdirectory("made/inner");
        Console.WriteLine($"  CreateSubdirectory: {Show(made.FullName)} {made.Exists}");
        Console.WriteLine($"root: {new DirectoryInfo("/").Name} parent null {new DirectoryInfo("/").Parent == null} {Directory.GetParent("/") == null} {Show(Directory.GetParent("sub/deeper").FullName)} {Directory.GetDirectoryRoot("sub")}");

        // moving and deleting
        Directory.Move("sub/other", "moved");
        Console.WriteLine($"Move: {Directory.Exists("sub/other")} {Directory.Exists("moved")}");
        Directory.Move("made.txt", "made2.txt");
        Console.WriteLine($"Move of a file: {File.Exists("made2.txt")}");
        Directory.Delete("moved");
        Console.WriteLine($"Delete empty: {Directory.Exists("moved")}");
        Try("Delete non-empty", () => Directory.Delete("sub"));
        Directory.Delete("sub", true);
        Console.WriteLine($"Delete recursive: {Directory.Exists("sub")} left: {List(Directory.GetFileSystemEntries("."))}");

        // errors
        Try("CreateDirectory over a file", () => Directory.CreateDirectory("a.txt"));
        Try("CreateDirectory under a file", () => Directory.CreateDirectory("a.txt/b"));
        Try("CreateDirectory empty", () => Directory.CreateDirectory(""));
        Try("CreateDirectory null", () => Directory.CreateDirectory(null));
        Try("Delete missing", () => Directory.Delete("nodir"));
        Try("Delete missing recursive", () => Directory.Delete("nodir", true));
        Try("Delete a file", () => Directory.Delete("a.txt"));
        Try("Delete empty path", () => Directory.Delete(""));
        Try("GetFiles missing", () => Directory.GetFiles("nodir"));
        Try("GetFiles of a file", () => Directory.GetFiles("a.txt"));
        Try("GetFiles empty path", () => Directory.GetFiles(""));
        Try("GetFiles null pattern", () => Directory.GetFiles(".", null));
        Try("GetFiles rooted pattern", () => Directory.GetFiles(".", "/x"));
        Try("EnumerateFiles missing", () => Directory.EnumerateFiles("nodir"));
        Try("Move missing", () => Directory.Move("nodir", "x"));
        Try("Move onto existing", () => Directory.Move("empty", "a.txt"));
        Try("Move to itself", () => Directory.Move("empty", "empty/"));
        Try("Move into itself", () => Directory.Move("empty", "empty/inner"));
        Try("SetCurrentDirectory missing", () => Directory.SetCurrentDirectory("nodir"));
        Try("SetCurrentDirectory file", () => Directory.SetCurrentDirectory("a.txt"));
        Try("DirectoryInfo empty", () => new DirectoryInfo(""));
        Try("FileInfo null", () => new FileInfo(null));
        Console.WriteLine($"Exists: {Directory.Exists(".")} {Directory.Exists("empty/")} {Directory.Exists("a.txt")} {Directory.Exists("nodir")} {Directory.Exists("")} {Directory.Exists(null)} {Path.Exists("a.txt")} {Path.Exists("empty")} {Path.Exists("nope")}");
    }
}
