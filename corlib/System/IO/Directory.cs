// Directory: creating, deleting, moving and listing directories. Listings are in the order
// the operating system gives (readdir), as in .NET on Unix; search patterns follow .NET's
// Windows-compatible wildcard rules ("*.*" is everything, "*." is names without an
// extension), case-sensitively.
using System.Collections.Generic;
using System.Text;

namespace System.IO
{
    public enum SearchOption { TopDirectoryOnly = 0, AllDirectories = 1 }

    public static class Directory
    {
        public static bool Exists(string path)
        {
            if (string.IsNullOrEmpty(path) || path.IndexOf('\0') >= 0) return false;
            return FileSystemPal.DirectoryExists(Path.GetFullPath(path));
        }

        public static DirectoryInfo CreateDirectory(string path)
        {
            FileSystemPal.CheckPath(path);
            string full = Path.GetFullPath(path);
            Create(Path.TrimEndingDirectorySeparator(full), full);
            return new DirectoryInfo(path, full);
        }

        // mkdir, making the missing parents first; errors name the path that was asked for.
        private static void Create(string dir, string asked)
        {
            int r = FileSystemPal.MakeDirectory(dir);
            if (r >= 0) return;
            if (-r == FileSystemPal.EEXIST)
            {
                if (FileSystemPal.DirectoryExists(dir)) return;
                throw FileSystemPal.Error(r, dir);
            }
            if (-r == FileSystemPal.ENOENT)
            {
                string parent = Path.GetDirectoryName(dir);
                if (parent != null && parent != dir)
                {
                    Create(parent, asked);
                    r = FileSystemPal.MakeDirectory(dir);
                    if (r >= 0 || (-r == FileSystemPal.EEXIST && FileSystemPal.DirectoryExists(dir))) return;
                }
            }
            throw FileSystemPal.Error(r, asked, true);
        }

        public static void Delete(string path) => Delete(path, false);

        public static void Delete(string path, bool recursive)
        {
            FileSystemPal.CheckPath(path);
            string full = Path.GetFullPath(path);
            if (FileSystemPal.KindOf(full, false) != FileSystemPal.KindDirectory && !FileSystemPal.DirectoryExists(full))
                throw FileSystemPal.Error(FileSystemPal.ENOENT, full, true);
            if (recursive) DeleteTree(full);
            else RemoveEmpty(full);
        }

        // Removes what is inside first; symbolic links are removed, never followed.
        private static void DeleteTree(string dir)
        {
            string[] names = FileSystemPal.ListDirectory(dir, out int err);
            if (names == null) throw FileSystemPal.Error(err, dir, true);
            foreach (string n in names)
            {
                string child = Path.Join(dir, n);
                if (FileSystemPal.KindOf(child, false) == FileSystemPal.KindDirectory)
                {
                    DeleteTree(child);
                }
                else
                {
                    int r = FileSystemPal.Unlink(child);
                    if (r < 0 && -r != FileSystemPal.ENOENT) throw FileSystemPal.Error(r, child);
                }
            }
            RemoveEmpty(dir);
        }

        private static void RemoveEmpty(string dir)
        {
            int r = FileSystemPal.RemoveDirectory(dir);
            if (r >= 0) return;
            int e = -r;
            if (e == FileSystemPal.EACCES || e == FileSystemPal.EPERM || e == FileSystemPal.EROFS || e == FileSystemPal.EISDIR)
                throw new IOException("Access to the path '" + dir + "' is denied.") { HResult = e };
            throw FileSystemPal.Error(r, dir, true);
        }

        public static void Move(string sourceDirName, string destDirName)
        {
            FileSystemPal.CheckPath(sourceDirName, "sourceDirName");
            FileSystemPal.CheckPath(destDirName, "destDirName");
            string src = Path.GetFullPath(sourceDirName), dst = Path.GetFullPath(destDirName);
            string srcSlash = Path.EndsInDirectorySeparator(src) ? src : src + "/";
            string dstSlash = Path.EndsInDirectorySeparator(dst) ? dst : dst + "/";
            if (srcSlash == dstSlash) throw new IOException("Source and destination path must be different.");
            src = Path.TrimEndingDirectorySeparator(src);
            dst = Path.TrimEndingDirectorySeparator(dst);
            if (FileSystemPal.KindOf(dst, false) != FileSystemPal.KindNone)
                throw new IOException("Cannot create '" + dst + "' because a file or directory with the same name already exists.");
            int r = FileSystemPal.Rename(src, dst, true);
            if (r >= 0) return;
            if (-r == FileSystemPal.ENOENT) throw FileSystemPal.Error(r, src, true);
            if (-r == FileSystemPal.EACCES) throw new IOException("Access to the path '" + src + "' is denied.") { HResult = -r };
            throw FileSystemPal.Error(r, null, true);
        }

        public static string GetCurrentDirectory() => FileSystemPal.GetCurrentDirectory();

        public static void SetCurrentDirectory(string path)
        {
            FileSystemPal.CheckPath(path);
            string full = Path.GetFullPath(path);
            int r = FileSystemPal.SetCurrentDirectory(full);
            if (r < 0) throw FileSystemPal.Error(r, full, true);
        }

        public static DirectoryInfo GetParent(string path)
        {
            FileSystemPal.CheckPath(path);
            string parent = Path.GetDirectoryName(Path.GetFullPath(path));
            return parent == null ? null : new DirectoryInfo(parent);
        }

        public static string GetDirectoryRoot(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            return Path.GetPathRoot(Path.GetFullPath(path));
        }

        // ---- listing -----------------------------------------------------------------

        public static string[] GetFiles(string path) => GetFiles(path, "*", SearchOption.TopDirectoryOnly);
        public static string[] GetFiles(string path, string searchPattern) => GetFiles(path, searchPattern, SearchOption.TopDirectoryOnly);
        public static string[] GetFiles(string path, string searchPattern, SearchOption searchOption) => List(path, searchPattern, searchOption, true, false).ToArray();
        public static string[] GetFiles(string path, string searchPattern, EnumerationOptions enumerationOptions) => List(path, searchPattern, Option(enumerationOptions), true, false).ToArray();
        public static string[] GetDirectories(string path) => GetDirectories(path, "*", SearchOption.TopDirectoryOnly);
        public static string[] GetDirectories(string path, string searchPattern) => GetDirectories(path, searchPattern, SearchOption.TopDirectoryOnly);
        public static string[] GetDirectories(string path, string searchPattern, SearchOption searchOption) => List(path, searchPattern, searchOption, false, true).ToArray();
        public static string[] GetDirectories(string path, string searchPattern, EnumerationOptions enumerationOptions) => List(path, searchPattern, Option(enumerationOptions), false, true).ToArray();
        public static string[] GetFileSystemEntries(string path) => GetFileSystemEntries(path, "*", SearchOption.TopDirectoryOnly);
        public static string[] GetFileSystemEntries(string path, string searchPattern) => GetFileSystemEntries(path, searchPattern, SearchOption.TopDirectoryOnly);
        public static string[] GetFileSystemEntries(string path, string searchPattern, SearchOption searchOption) => List(path, searchPattern, searchOption, true, true).ToArray();
        public static IEnumerable<string> EnumerateFiles(string path) => EnumerateFiles(path, "*", SearchOption.TopDirectoryOnly);
        public static IEnumerable<string> EnumerateFiles(string path, string searchPattern) => EnumerateFiles(path, searchPattern, SearchOption.TopDirectoryOnly);
        public static IEnumerable<string> EnumerateFiles(string path, string searchPattern, SearchOption searchOption) => List(path, searchPattern, searchOption, true, false);
        public static IEnumerable<string> EnumerateFiles(string path, string searchPattern, EnumerationOptions enumerationOptions) => List(path, searchPattern, Option(enumerationOptions), true, false);
        public static IEnumerable<string> EnumerateDirectories(string path) => EnumerateDirectories(path, "*", SearchOption.TopDirectoryOnly);
        public static IEnumerable<string> EnumerateDirectories(string path, string searchPattern) => EnumerateDirectories(path, searchPattern, SearchOption.TopDirectoryOnly);
        public static IEnumerable<string> EnumerateDirectories(string path, string searchPattern, SearchOption searchOption) => List(path, searchPattern, searchOption, false, true);
        public static IEnumerable<string> EnumerateFileSystemEntries(string path) => EnumerateFileSystemEntries(path, "*", SearchOption.TopDirectoryOnly);
        public static IEnumerable<string> EnumerateFileSystemEntries(string path, string searchPattern) => EnumerateFileSystemEntries(path, searchPattern, SearchOption.TopDirectoryOnly);
        public static IEnumerable<string> EnumerateFileSystemEntries(string path, string searchPattern, SearchOption searchOption) => List(path, searchPattern, searchOption, true, true);

        private static SearchOption Option(EnumerationOptions o)
        {
            if (o == null) throw new ArgumentNullException("enumerationOptions");
            return o.RecurseSubdirectories ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
        }

        // The whole listing, made at once (so errors come from the call, as .NET's do), each
        // entry as path joined with its name.
        internal static List<string> List(string path, string searchPattern, SearchOption option, bool files, bool dirs)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (searchPattern == null) throw new ArgumentNullException("searchPattern");
            if (option != SearchOption.TopDirectoryOnly && option != SearchOption.AllDirectories)
                throw new ArgumentOutOfRangeException("searchOption", "Enum value was out of legal range.");
            FileSystemPal.CheckPath(path);
            // A directory part in the pattern moves the search there.
            int slash = searchPattern.LastIndexOf('/');
            if (slash >= 0)
            {
                if (searchPattern[0] == '/') throw new ArgumentException("Second path fragment must not be a drive or UNC name.", "expression");
                path = Path.Join(path, searchPattern.Substring(0, slash));
                searchPattern = searchPattern.Substring(slash + 1);
            }
            string expr = Translate(searchPattern);
            var result = new List<string>();
            var pending = new Queue<string>();
            pending.Enqueue(path);
            bool first = true;
            while (pending.Count > 0)
            {
                string dir = pending.Dequeue();
                string[] names = FileSystemPal.ListDirectory(Path.GetFullPath(dir), out int err);
                if (names == null)
                {
                    // Below the top, a directory that vanished or cannot be read is skipped.
                    if (first) throw FileSystemPal.Error(err, Path.GetFullPath(dir), true);
                    continue;
                }
                first = false;
                foreach (string n in names)
                {
                    string child = Path.Join(dir, n);
                    string full = Path.GetFullPath(child);
                    int kind = FileSystemPal.KindOf(full, false);
                    bool isLink = kind == FileSystemPal.KindLink;
                    if (isLink) kind = FileSystemPal.KindOf(full);
                    bool isDir = kind == FileSystemPal.KindDirectory;
                    if ((isDir ? dirs : files) && Matches(n, expr)) result.Add(child);
                    if (isDir && !isLink && option == SearchOption.AllDirectories) pending.Enqueue(child);
                }
            }
            return result;
        }

        // Windows wildcards in .NET's terms: '?' becomes DosQm, a '.' before a wildcard DosDot,
        // and a final "*." DosStar; "*" and "*.*" match everything.
        private const char DosStar = '<', DosQm = '>', DosDot = '"';

        private static string Translate(string pattern)
        {
            if (pattern.Length == 0 || pattern == "*" || pattern == "*.*") return "*";
            var sb = new StringBuilder(pattern.Length);
            for (int i = 0; i < pattern.Length; i++)
            {
                char c = pattern[i];
                if (c == '.')
                {
                    if (i >= 1 && i == pattern.Length - 1 && pattern[i - 1] == '*') sb[sb.Length - 1] = DosStar;
                    else if (i < pattern.Length - 1 && (pattern[i + 1] == '?' || pattern[i + 1] == '*')) sb.Append(DosDot);
                    else sb.Append('.');
                }
                else
                {
                    sb.Append(c == '?' ? DosQm : c);
                }
            }
            return sb.ToString();
        }

        // Whether name matches the translated expression: match[i] says whether the rest
        // of the expression (from the current position) matches name[i..].
        internal static bool Matches(string name, string expr)
        {
            if (expr == "*") return true;
            int n = name.Length;
            int lastDot = name.LastIndexOf('.');
            bool[] next = new bool[n + 1];
            bool[] cur = new bool[n + 1];
            next[n] = true;     // the empty expression matches the empty rest
            for (int j = expr.Length - 1; j >= 0; j--)
            {
                char e = expr[j];
                for (int i = n; i >= 0; i--)
                {
                    bool m;
                    switch (e)
                    {
                        case '*':
                            m = next[i] || (i < n && cur[i + 1]);
                            break;
                        case DosStar:
                            // any characters, up to and including the name's last dot
                            m = next[i] || (i < n && (lastDot < 0 || i <= lastDot) && cur[i + 1]);
                            break;
                        case DosQm:
                            // one character, or none at a dot or the end
                            m = (i < n && name[i] != '.' && next[i + 1]) || ((i == n || name[i] == '.') && next[i]);
                            break;
                        case DosDot:
                            // a dot, or nothing at the end
                            m = (i < n && name[i] == '.' && next[i + 1]) || (i == n && next[i]);
                            break;
                        default:
                            m = i < n && name[i] == e && next[i + 1];
                            break;
                    }
                    cur[i] = m;
                }
                bool[] t = next; next = cur; cur = t;
            }
            return next[0];
        }
    }

    public class EnumerationOptions
    {
        public bool RecurseSubdirectories { get; set; }
        public bool IgnoreInaccessible { get; set; } = true;
        public int BufferSize { get; set; }
        public bool ReturnSpecialDirectories { get; set; }
        public int MaxRecursionDepth { get; set; } = int.MaxValue;
    }
}
