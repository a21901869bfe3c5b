// Path: Unix paths as .NET treats them — '/' is the only separator and the only root,
// backslash is an ordinary character, and names are compared case-sensitively.
using System.Collections.Generic;
using System.Text;

namespace System.IO
{
    public static class Path
    {
        public static readonly char DirectorySeparatorChar = '/';
        public static readonly char AltDirectorySeparatorChar = '/';
        public static readonly char VolumeSeparatorChar = '/';
        public static readonly char PathSeparator = ':';
        [Obsolete("Path.InvalidPathChars has been deprecated. Use GetInvalidPathChars or GetInvalidFileNameChars instead.")]
        public static readonly char[] InvalidPathChars = GetInvalidPathChars();

        public static char[] GetInvalidPathChars() => new[] { '\0' };
        public static char[] GetInvalidFileNameChars() => new[] { '\0', '/' };

        public static bool IsPathRooted(string path) => path != null && path.Length > 0 && path[0] == '/';
        public static bool IsPathRooted(ReadOnlySpan<char> path) => path.Length > 0 && path[0] == '/';

        public static bool IsPathFullyQualified(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            return IsPathRooted(path);
        }

        public static bool IsPathFullyQualified(ReadOnlySpan<char> path) => IsPathRooted(path);

        public static string GetPathRoot(string path)
        {
            if (string.IsNullOrEmpty(path)) return null;
            return IsPathRooted(path) ? "/" : "";
        }

        public static bool Exists(string path)
        {
            if (string.IsNullOrEmpty(path) || path.IndexOf('\0') >= 0) return false;
            return FileSystemPal.KindOf(GetFullPath(path)) != FileSystemPal.KindNone;
        }

        public static string Combine(string path1, string path2)
        {
            if (path1 == null) throw new ArgumentNullException("path1");
            if (path2 == null) throw new ArgumentNullException("path2");
            return CombineCore(new[] { path1, path2 });
        }

        public static string Combine(string path1, string path2, string path3)
        {
            if (path1 == null) throw new ArgumentNullException("path1");
            if (path2 == null) throw new ArgumentNullException("path2");
            if (path3 == null) throw new ArgumentNullException("path3");
            return CombineCore(new[] { path1, path2, path3 });
        }

        public static string Combine(string path1, string path2, string path3, string path4)
        {
            if (path1 == null) throw new ArgumentNullException("path1");
            if (path2 == null) throw new ArgumentNullException("path2");
            if (path3 == null) throw new ArgumentNullException("path3");
            if (path4 == null) throw new ArgumentNullException("path4");
            return CombineCore(new[] { path1, path2, path3, path4 });
        }

        public static string Combine(params string[] paths)
        {
            if (paths == null) throw new ArgumentNullException("paths");
            foreach (string p in paths) if (p == null) throw new ArgumentNullException("paths");
            return CombineCore(paths);
        }

        // The last rooted part starts over; empty parts are skipped.
        private static string CombineCore(string[] paths)
        {
            int start = 0;
            for (int i = 0; i < paths.Length; i++) if (IsPathRooted(paths[i])) start = i;
            var sb = new StringBuilder();
            for (int i = start; i < paths.Length; i++)
            {
                string p = paths[i];
                if (p.Length == 0) continue;
                if (sb.Length > 0 && sb[sb.Length - 1] != '/') sb.Append('/');
                sb.Append(p);
            }
            return sb.ToString();
        }

        public static string Join(string path1, string path2) => JoinCore(new[] { path1, path2 });
        public static string Join(string path1, string path2, string path3) => JoinCore(new[] { path1, path2, path3 });
        public static string Join(string path1, string path2, string path3, string path4) => JoinCore(new[] { path1, path2, path3, path4 });
        public static string Join(params string[] paths) => JoinCore(paths ?? throw new ArgumentNullException("paths"));
        public static string Join(ReadOnlySpan<char> path1, ReadOnlySpan<char> path2) => JoinCore(new[] { path1.ToString(), path2.ToString() });
        public static string Join(ReadOnlySpan<char> path1, ReadOnlySpan<char> path2, ReadOnlySpan<char> path3) => JoinCore(new[] { path1.ToString(), path2.ToString(), path3.ToString() });

        // Joins with one separator where neither side has one; roots are not special.
        private static string JoinCore(string[] paths)
        {
            var sb = new StringBuilder();
            foreach (string p in paths)
            {
                if (string.IsNullOrEmpty(p)) continue;
                if (sb.Length > 0 && sb[sb.Length - 1] != '/' && p[0] != '/') sb.Append('/');
                sb.Append(p);
            }
            return sb.ToString();
        }

        public static string GetFileName(string path)
        {
            if (path == null) return null;
            int i = path.LastIndexOf('/');
            return i < 0 ? path : path.Substring(i + 1);
        }

        public static ReadOnlySpan<char> GetFileName(ReadOnlySpan<char> path)
        {
            int i = path.LastIndexOf('/');
            return i < 0 ? path : path.Slice(i + 1);
        }

        public static string GetFileNameWithoutExtension(string path)
        {
            string name = GetFileName(path);
            if (name == null) return null;
            int dot = name.LastIndexOf('.');
            return dot < 0 ? name : name.Substring(0, dot);
        }

        public static string GetExtension(string path)
        {
            if (path == null) return null;
            string name = GetFileName(path);
            int dot = name.LastIndexOf('.');
            return dot < 0 || dot == name.Length - 1 ? "" : name.Substring(dot);
        }

        public static bool HasExtension(string path) => !string.IsNullOrEmpty(GetExtension(path));

        public static string ChangeExtension(string path, string extension)
        {
            if (path == null) return null;
            if (path.Length == 0) return "";
            int slash = path.LastIndexOf('/');
            int dot = path.LastIndexOf('.');
            string stem = dot > slash ? path.Substring(0, dot) : path;
            if (extension == null) return stem;
            if (extension.Length == 0 || extension[0] != '.') return stem + "." + extension;
            return stem + extension;
        }

        // Everything before the file name, without the separators that end it and with runs
        // of separators collapsed; null for a root or an empty path.
        public static string GetDirectoryName(string path)
        {
            if (string.IsNullOrEmpty(path)) return null;
            int root = path[0] == '/' ? 1 : 0;
            int end = path.Length;
            if (end <= root) return null;
            while (end > root && path[end - 1] != '/') end--;
            while (end > root && path[end - 1] == '/') end--;
            return CollapseSeparators(path.Substring(0, end));
        }

        private static string CollapseSeparators(string s)
        {
            if (s.IndexOf("//", StringComparison.Ordinal) < 0) return s;
            var sb = new StringBuilder(s.Length);
            for (int i = 0; i < s.Length; i++)
                if (s[i] != '/' || i == 0 || s[i - 1] != '/') sb.Append(s[i]);
            return sb.ToString();
        }

        public static bool EndsInDirectorySeparator(string path) => !string.IsNullOrEmpty(path) && path[path.Length - 1] == '/';
        public static bool EndsInDirectorySeparator(ReadOnlySpan<char> path) => path.Length > 0 && path[path.Length - 1] == '/';

        public static string TrimEndingDirectorySeparator(string path)
        {
            if (path == null) return null;
            return path.Length > 1 && path[path.Length - 1] == '/' ? path.Substring(0, path.Length - 1) : path;
        }

        // The span overloads C# 13+ binds to for params calls and span arguments; each
        // gives the same result as its string twin (as slices of the input where .NET does).
        public static string Combine(params ReadOnlySpan<string> paths) => Combine(paths.ToArray());
        public static string Join(params ReadOnlySpan<string> paths) => Join(paths.ToArray());
        public static string Join(ReadOnlySpan<char> path1, ReadOnlySpan<char> path2, ReadOnlySpan<char> path3, ReadOnlySpan<char> path4) =>
            JoinCore(new[] { path1.ToString(), path2.ToString(), path3.ToString(), path4.ToString() });

        public static bool TryJoin(ReadOnlySpan<char> path1, ReadOnlySpan<char> path2, Span<char> destination, out int charsWritten) =>
            TryCopyJoined(Join(path1, path2), destination, out charsWritten);

        public static bool TryJoin(ReadOnlySpan<char> path1, ReadOnlySpan<char> path2, ReadOnlySpan<char> path3, Span<char> destination, out int charsWritten) =>
            TryCopyJoined(Join(path1, path2, path3), destination, out charsWritten);

        private static bool TryCopyJoined(string joined, Span<char> destination, out int charsWritten)
        {
            charsWritten = 0;
            if (joined.Length > destination.Length) return false;
            joined.AsSpan().CopyTo(destination);
            charsWritten = joined.Length;
            return true;
        }

        public static ReadOnlySpan<char> GetPathRoot(ReadOnlySpan<char> path) => IsPathRooted(path) ? path.Slice(0, 1) : ReadOnlySpan<char>.Empty;

        public static ReadOnlySpan<char> GetFileNameWithoutExtension(ReadOnlySpan<char> path)
        {
            ReadOnlySpan<char> name = GetFileName(path);
            int dot = name.LastIndexOf('.');
            return dot < 0 ? name : name.Slice(0, dot);
        }

        public static ReadOnlySpan<char> GetExtension(ReadOnlySpan<char> path)
        {
            ReadOnlySpan<char> name = GetFileName(path);
            int dot = name.LastIndexOf('.');
            return dot < 0 || dot == name.Length - 1 ? ReadOnlySpan<char>.Empty : name.Slice(dot);
        }

        public static bool HasExtension(ReadOnlySpan<char> path) => GetExtension(path).Length > 0;

        // Unlike the string overload, runs of separators inside are kept: the result is a slice.
        public static ReadOnlySpan<char> GetDirectoryName(ReadOnlySpan<char> path)
        {
            int root = path.Length > 0 && path[0] == '/' ? 1 : 0;
            int end = path.Length;
            if (end <= root) return ReadOnlySpan<char>.Empty;
            while (end > root && path[end - 1] != '/') end--;
            while (end > root && path[end - 1] == '/') end--;
            return path.Slice(0, end);
        }

        public static ReadOnlySpan<char> TrimEndingDirectorySeparator(ReadOnlySpan<char> path) =>
            path.Length > 1 && path[path.Length - 1] == '/' ? path.Slice(0, path.Length - 1) : path;

        public static string GetFullPath(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (path.Length == 0) throw new ArgumentException("The value cannot be an empty string.", "path");
            if (path.IndexOf('\0') >= 0) throw new ArgumentException("Null character in path.", "path");
            return Normalize(IsPathRooted(path) ? path : Combine(FileSystemPal.GetCurrentDirectory(), path));
        }

        public static string GetFullPath(string path, string basePath)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (basePath == null) throw new ArgumentNullException("basePath");
            if (!IsPathRooted(basePath)) throw new ArgumentException("Basepath argument is not fully qualified.", "basePath");
            if (path.IndexOf('\0') >= 0 || basePath.IndexOf('\0') >= 0) throw new ArgumentException("Null character in path.");
            return Normalize(IsPathRooted(path) ? path : Combine(basePath, path));
        }

        // Resolves "." and ".." (never above the root) and collapses repeated separators; a
        // trailing separator stays.
        private static string Normalize(string path)
        {
            var parts = new List<string>();
            foreach (string seg in path.Split('/'))
            {
                if (seg.Length == 0 || seg == ".") continue;
                if (seg == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); continue; }
                parts.Add(seg);
            }
            string r = "/" + string.Join("/", parts);
            if (path[path.Length - 1] == '/' && r.Length > 1) r += "/";
            return r;
        }

        public static string GetTempPath()
        {
            string t = Environment.GetEnvironmentVariable("TMPDIR");
            if (string.IsNullOrEmpty(t)) return "/tmp/";
            return t[t.Length - 1] == '/' ? t : t + "/";
        }

        private static Random s_random;

        private static string RandomChars(string alphabet, int count)
        {
            s_random ??= new Random();
            var sb = new StringBuilder(count);
            for (int i = 0; i < count; i++) sb.Append(alphabet[s_random.Next(alphabet.Length)]);
            return sb.ToString();
        }

        public static string GetRandomFileName()
        {
            string s = RandomChars("abcdefghijklmnopqrstuvwxyz012345", 11);
            return s.Substring(0, 8) + "." + s.Substring(8);
        }

        // A new empty file "tmpXXXXXX.tmp" in the temporary directory, as mkstemps(3) names it.
        public static string GetTempFileName()
        {
            string dir = GetTempPath();
            for (int attempt = 0; ; attempt++)
            {
                string p = dir + "tmp" + RandomChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 6) + ".tmp";
                int fd = FileSystemPal.Open(p, (int)FileMode.CreateNew, (int)FileAccess.ReadWrite, (int)FileShare.ReadWrite);
                if (fd >= 0) { FileSystemPal.Close(fd); return p; }
                if (-fd != FileSystemPal.EEXIST || attempt > 100) throw FileSystemPal.Error(fd, p, true);
            }
        }

        public static string GetRelativePath(string relativeTo, string path)
        {
            if (relativeTo == null) throw new ArgumentNullException("relativeTo");
            if (path == null) throw new ArgumentNullException("path");
            if (relativeTo.Length == 0) throw new ArgumentException("The path is empty.", "relativeTo");
            if (path.Length == 0) throw new ArgumentException("The path is empty.", "path");
            string from = GetFullPath(relativeTo);
            string to = GetFullPath(path);
            // The length of the common leading directories ("/a/b" and "/a/bc" share "/a/").
            int common = 0;
            while (common < from.Length && common < to.Length && from[common] == to[common]) common++;
            if (!((common == from.Length && (common == to.Length || to[common] == '/')) ||
                  (common == to.Length && from[common] == '/')))
                while (common > 0 && from[common - 1] != '/') common--;
            if (common == 0) return to;
            int fromLen = EndsInDirectorySeparator(from) ? from.Length - 1 : from.Length;
            bool toSlash = EndsInDirectorySeparator(to);
            int toLen = toSlash ? to.Length - 1 : to.Length;
            if (fromLen == toLen && common >= fromLen) return ".";
            var sb = new StringBuilder();
            if (common < fromLen)
            {
                sb.Append("..");
                for (int i = common + 1; i < fromLen; i++) if (from[i] == '/') sb.Append("/..");
            }
            else if (to[common] == '/')
            {
                common++;
            }
            int rest = toLen - common + (toSlash ? 1 : 0);
            if (rest > 0)
            {
                if (sb.Length > 0) sb.Append('/');
                sb.Append(to, common, rest);
            }
            return sb.ToString();
        }
    }
}
