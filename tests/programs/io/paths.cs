// Path over many inputs, Unix rules: GetFileName, GetFileNameWithoutExtension, GetExtension,
// GetDirectoryName, HasExtension, IsPathRooted, GetPathRoot, ChangeExtension, GetFullPath
// (with and without a base; "." and ".." resolved, repeated separators collapsed, a trailing
// separator kept), TrimEndingDirectorySeparator, EndsInDirectorySeparator, Combine, Join,
// GetRelativePath, the separator constants and the temporary-file helpers.
using System;
using System.IO;

class Program
{
    static string S(string s) => s == null ? "null" : "[" + s + "]";

    static string T(Func<string> f)
    {
        try { return S(f()); }
        catch (Exception e) { return e.GetType().Name + "(" + e.Message + ")"; }
    }

    static int Main()
    {
        Directory.SetCurrentDirectory("/");   // relative paths resolve against a known directory
        string[] paths =
        {
            "/usr/local/bin/tool.tar.gz", "dir/file.txt", "file", ".bashrc", "/", "a/b/", "noext.", "/a//b", "", null,
            "a/./b/../c", "//", "///x", "a.b/c", "a.b/", ".", "..", "../..", "/..", "/../a", "a/..", "a/../..", "x//",
            "/a/b/.", "/a/b/..", "~/x", "a b/c d.e f", "\\win\\path.txt", "a/b/c.", "..a", "a..", ". /x", "/tmp/x/../../..",
            "a\\b", ".txt.", "trailing /", "a//b//c", "/a///b///", "ünï/cödé.tχt", "a/b/c/d/e/f/../../../../g",
        };
        foreach (string p in paths)
        {
            Console.WriteLine($"{S(p)}: name {T(() => Path.GetFileName(p))} stem {T(() => Path.GetFileNameWithoutExtension(p))} ext {T(() => Path.GetExtension(p))} dir {T(() => Path.GetDirectoryName(p))} has {T(() => Path.HasExtension(p).ToString())} rooted {T(() => Path.IsPathRooted(p).ToString())} root {T(() => Path.GetPathRoot(p))}");
            Console.WriteLine($"    change {T(() => Path.ChangeExtension(p, ".bak"))} {T(() => Path.ChangeExtension(p, "bak"))} {T(() => Path.ChangeExtension(p, null))} {T(() => Path.ChangeExtension(p, ""))} {T(() => Path.ChangeExtension(p, "."))}");
            Console.WriteLine($"    full {T(() => Path.GetFullPath(p))} based {T(() => Path.GetFullPath(p, "/base/dir"))} trim {T(() => Path.TrimEndingDirectorySeparator(p))} ends {T(() => Path.EndsInDirectorySeparator(p).ToString())} qualified {T(() => Path.IsPathFullyQualified(p).ToString())}");
        }

        string[][] parts =
        {
            new[] { "a", "b" }, new[] { "a/", "b" }, new[] { "a", "/b" }, new[] { "", "b" }, new[] { "a", "" }, new[] { "/x", "y", "/z", "w" },
            new[] { "a//", "b" }, new[] { "a", "b/" }, new[] { "a\\", "b" }, new[] { "", "" }, new[] { "a", "", "c" }, new[] { "/", "etc", "passwd" },
        };
        foreach (var ps in parts)
            Console.WriteLine($"Combine({string.Join(",", ps)}) {T(() => Path.Combine(ps))} Join {T(() => Path.Join(ps))}");
        Console.WriteLine($"Combine 2/3/4: {T(() => Path.Combine("a", "b"))} {T(() => Path.Combine("a", "b", "c"))} {T(() => Path.Combine("a", "/b", "c", "d"))}");
        Console.WriteLine($"Join 2/3/4: {T(() => Path.Join("a", "b"))} {T(() => Path.Join("a/", "/b", "c"))} {T(() => Path.Join("a", null, "c", ""))}");
        Console.WriteLine($"Combine null: {T(() => Path.Combine("a", null))} {T(() => Path.Combine(null, "a"))} {T(() => Path.Combine("a", "b", null))} {T(() => Path.Combine((string[])null))}");
        Console.WriteLine($"GetFullPath errors: {T(() => Path.GetFullPath(null))} {T(() => Path.GetFullPath(""))} {T(() => Path.GetFullPath("a\0b"))} {T(() => Path.GetFullPath("x", "relative"))} {T(() => Path.GetFullPath("x", null))}");

        string[][] rel =
        {
            new[] { "/a/b", "/a/c/d" }, new[] { "/a/b", "/a/b" }, new[] { "/a/b/", "/a/b/c/" }, new[] { "/a/b", "/x" }, new[] { "/a/bc", "/a/b" },
            new[] { "/a/b", "/a/bc/d" }, new[] { "/", "/a/b" }, new[] { "/a/b/c", "/" }, new[] { "/a", "/a/b/../c" }, new[] { "a/b", "a" },
            new[] { "", "/x" }, new[] { "/x", "" }, new[] { "/a/B", "/a/b" },
        };
        foreach (var r in rel)
            Console.WriteLine($"GetRelativePath({S(r[0])}, {S(r[1])}) {T(() => Path.GetRelativePath(r[0], r[1]))}");

        Console.WriteLine($"chars: {Path.DirectorySeparatorChar} {Path.AltDirectorySeparatorChar} {Path.VolumeSeparatorChar} {Path.PathSeparator} invalid path {Path.GetInvalidPathChars().Length} invalid name {Path.GetInvalidFileNameChars().Length}");
        string tmp = Path.GetTempPath();
        Console.WriteLine($"temp path ends in /: {tmp.EndsWith('/')} rooted {Path.IsPathRooted(tmp)} exists {Directory.Exists(tmp)}");
        string t1 = Path.GetTempFileName(), t2 = Path.GetTempFileName();
        Console.WriteLine($"GetTempFileName: in temp {Path.GetDirectoryName(t1) + "/" == tmp} name {Path.GetFileName(t1).Length} chars, starts tmp {Path.GetFileName(t1).StartsWith("tmp")} ext {Path.GetExtension(t1)} empty file {new FileInfo(t1).Length} distinct {t1 != t2}");
        File.Delete(t1);
        File.Delete(t2);
        string rnd = Path.GetRandomFileName();
        Console.WriteLine($"GetRandomFileName: {rnd.Length} chars, dot at {rnd.IndexOf('.')}, lower {rnd == rnd.ToLowerInvariant()}");
        return 0;
    }
}
