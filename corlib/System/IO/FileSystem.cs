using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace System.IO
{
    public enum FileMode { CreateNew = 1, Create = 2, Open = 3, OpenOrCreate = 4, Truncate = 5, Append = 6 }

    [Flags]
    public enum FileAccess { Read = 1, Write = 2, ReadWrite = 3 }

    [Flags]
    public enum FileShare { None = 0, Read = 1, Write = 2, ReadWrite = 3, Delete = 4, Inheritable = 16 }

    [Flags]
    public enum FileOptions { None = 0, Encrypted = 0x4000, DeleteOnClose = 0x4000000, SequentialScan = 0x8000000, RandomAccess = 0x10000000, Asynchronous = 0x40000000, WriteThrough = unchecked((int)0x80000000) }

    public enum SearchOption { TopDirectoryOnly = 0, AllDirectories = 1 }

    // The operating system's file calls (POSIX). Every call returns a non-negative result on
    // success and -errno on failure. Paths are passed as strings (the runtime encodes them as UTF-8).
    internal static unsafe class FileSystemPal
    {
        // open(2) with O_CLOEXEC and mode 0666. fileMode/fileAccess are FileMode/FileAccess values:
        // CreateNew = O_CREAT|O_EXCL, Create = O_CREAT|O_TRUNC, Open = 0, OpenOrCreate = O_CREAT,
        // Truncate = O_TRUNC, Append = O_CREAT|O_APPEND; Read = O_RDONLY, Write = O_WRONLY,
        // ReadWrite = O_RDWR. Returns the file descriptor.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Open(string path, int fileMode, int fileAccess);

        // read(2): bytes read (0 at end of file).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Read(int fd, byte* buffer, int count);

        // write(2): bytes written.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Write(int fd, byte* buffer, int count);

        // lseek(2); whence 0 SEEK_SET, 1 SEEK_CUR, 2 SEEK_END. Returns the new offset.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long Seek(int fd, long offset, int whence);

        // ftruncate(2).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int SetLength(int fd, long length);

        // close(2).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Close(int fd);

        // stat(2): 1 for a directory, 0 for anything else that exists.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int GetPathKind(string path);

        // unlink(2).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Unlink(string path);

        // rename(2).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Rename(string oldPath, string newPath);

        // mkdir(2) with mode 0777.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int MakeDirectory(string path);

        // rmdir(2).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int RemoveDirectory(string path);

        // The entries of a directory (readdir order, without "." and ".."), or null with error = errno.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string[] ListDirectory(string path, out int error);

        // getcwd(3).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string GetCurrentDirectory();

        // chdir(2).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int SetCurrentDirectory(string path);

        // stat(2) st_mtime as 100 ns ticks since 0001-01-01 UTC.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long GetLastWriteTimeTicks(string path);

        private const int EPERM = 1, ENOENT = 2, EACCES = 13, EEXIST = 17, ENOTDIR = 20, EISDIR = 21, ENOSPC = 28, ENOTEMPTY = 39, ENAMETOOLONG = 36;

        // The exception .NET raises for an errno on a path.
        internal static Exception Error(int errno, string path, bool isDirectory = false)
        {
            if (errno < 0) errno = -errno;
            string full = path == null ? null : Path.GetFullPath(path);
            switch (errno)
            {
                case ENOENT:
                {
                    string dir = Path.GetDirectoryName(full);
                    if (isDirectory || (dir != null && GetPathKind(dir) != 1))
                        return new DirectoryNotFoundException("Could not find a part of the path '" + full + "'.");
                    return new FileNotFoundException("Could not find file '" + full + "'.", full);
                }
                case ENOTDIR: return new DirectoryNotFoundException("Could not find a part of the path '" + full + "'.");
                case EPERM:
                case EACCES:
                case EISDIR: return new UnauthorizedAccessException("Access to the path '" + full + "' is denied.");
                case EEXIST: return new IOException("The file '" + full + "' already exists.");
                case ENOTEMPTY: return new IOException("Directory not empty : '" + full + "'");
                case ENOSPC: return new IOException("No space left on device : '" + full + "'");
                case ENAMETOOLONG: return new PathTooLongException("The path '" + full + "' is too long, or a component of the specified path is too long.");
            }
            return new IOException("I/O error " + errno + " on '" + full + "'.");
        }
    }

    // A stream over an operating-system file (unbuffered: every Read/Write is a system call).
    public class FileStream : Stream
    {
        private int _fd = -1;
        private readonly string _path;
        private readonly FileAccess _access;
        private readonly bool _canSeek;
        private long _appendStart = -1;

        public FileStream(string path, FileMode mode) : this(path, mode, mode == FileMode.Append ? FileAccess.Write : FileAccess.ReadWrite, FileShare.Read) { }
        public FileStream(string path, FileMode mode, FileAccess access) : this(path, mode, access, FileShare.Read) { }
        public FileStream(string path, FileMode mode, FileAccess access, FileShare share) : this(path, mode, access, share, 4096) { }
        public FileStream(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize) : this(path, mode, access, share, bufferSize, FileOptions.None) { }
        public FileStream(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize, bool useAsync) : this(path, mode, access, share, bufferSize, FileOptions.None) { }

        public FileStream(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize, FileOptions options)
        {
            if (path == null) throw new ArgumentNullException("path", "Path cannot be null.");
            if (path.Length == 0) throw new ArgumentException("Empty path name is not legal.", "path");
            if (mode < FileMode.CreateNew || mode > FileMode.Append) throw new ArgumentOutOfRangeException("mode", "Enum value was out of legal range.");
            if (access < FileAccess.Read || access > FileAccess.ReadWrite) throw new ArgumentOutOfRangeException("access", "Enum value was out of legal range.");
            if (bufferSize < 0) throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            if ((access & FileAccess.Write) == 0 && (mode == FileMode.Truncate || mode == FileMode.CreateNew || mode == FileMode.Create || mode == FileMode.Append))
                throw new ArgumentException("Combining FileMode: " + mode + " with FileAccess: " + access + " is invalid.", "access");
            if (mode == FileMode.Append && (access & FileAccess.Read) != 0)
                throw new ArgumentException("Combining FileMode: " + mode + " with FileAccess: " + access + " is invalid.", "access");
            _path = path;
            _access = access;
            int fd = FileSystemPal.Open(path, (int)mode, (int)access);
            if (fd < 0) throw FileSystemPal.Error(fd, path);
            _fd = fd;
            _canSeek = FileSystemPal.Seek(fd, 0, 1) >= 0;
            if (mode == FileMode.Append && _canSeek) _appendStart = FileSystemPal.Seek(fd, 0, 2);
        }

        public virtual string Name => Path.GetFullPath(_path);
        public override bool CanRead => _fd >= 0 && (_access & FileAccess.Read) != 0;
        public override bool CanWrite => _fd >= 0 && (_access & FileAccess.Write) != 0;
        public override bool CanSeek => _fd >= 0 && _canSeek;
        public virtual bool IsAsync => false;

        private void EnsureOpen() { if (_fd < 0) throw new ObjectDisposedException(null, "Cannot access a closed file."); }

        private void EnsureSeekable()
        {
            EnsureOpen();
            if (!_canSeek) throw new NotSupportedException("Stream does not support seeking.");
        }

        public override long Length
        {
            get
            {
                EnsureSeekable();
                long pos = FileSystemPal.Seek(_fd, 0, 1);
                long end = FileSystemPal.Seek(_fd, 0, 2);
                FileSystemPal.Seek(_fd, pos, 0);
                if (end < 0) throw FileSystemPal.Error((int)end, _path);
                return end;
            }
        }

        public override long Position
        {
            get
            {
                EnsureSeekable();
                return FileSystemPal.Seek(_fd, 0, 1);
            }
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
                Seek(value, SeekOrigin.Begin);
            }
        }

        public override long Seek(long offset, SeekOrigin origin)
        {
            if (origin < SeekOrigin.Begin || origin > SeekOrigin.End) throw new ArgumentException("Invalid seek origin.", "origin");
            EnsureSeekable();
            long target = origin == SeekOrigin.Begin ? offset : origin == SeekOrigin.Current ? Position + offset : Length + offset;
            if (_appendStart >= 0 && target < _appendStart)
                throw new IOException("Unable seek backward to overwrite data that previously existed in a file opened in Append mode.");
            if (target < 0) throw new IOException("An attempt was made to move the position before the beginning of the stream.");
            long r = FileSystemPal.Seek(_fd, target, 0);
            if (r < 0) throw FileSystemPal.Error((int)r, _path);
            return r;
        }

        public override void SetLength(long value)
        {
            if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
            EnsureSeekable();
            if (!CanWrite) throw new NotSupportedException("Stream does not support writing.");
            int r = FileSystemPal.SetLength(_fd, value);
            if (r < 0) throw FileSystemPal.Error(r, _path);
            if (Position > value) FileSystemPal.Seek(_fd, value, 0);
        }

        public override void Flush() => EnsureOpen();
        public virtual void Flush(bool flushToDisk) => EnsureOpen();

        public override unsafe int Read(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            EnsureOpen();
            if (!CanRead) throw new NotSupportedException("Stream does not support reading.");
            if (count == 0) return 0;
            int n;
            fixed (byte* p = buffer) n = FileSystemPal.Read(_fd, p + offset, count);
            if (n < 0) throw FileSystemPal.Error(n, _path);
            return n;
        }

        public override unsafe void Write(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            EnsureOpen();
            if (!CanWrite) throw new NotSupportedException("Stream does not support writing.");
            fixed (byte* p = buffer)
            {
                int done = 0;
                while (done < count)
                {
                    int n = FileSystemPal.Write(_fd, p + offset + done, count - done);
                    if (n < 0) throw FileSystemPal.Error(n, _path);
                    done += n;
                }
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (_fd >= 0)
            {
                FileSystemPal.Close(_fd);
                _fd = -1;
            }
        }

        ~FileStream() { Dispose(false); }
    }

    public static class File
    {
        private static readonly Encoding s_utf8NoBom = new UTF8Encoding(false);

        private static void CheckPath(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (path.Length == 0) throw new ArgumentException("The value cannot be an empty string.", "path");
        }

        public static bool Exists(string path)
        {
            if (string.IsNullOrEmpty(path)) return false;
            return FileSystemPal.GetPathKind(path) == 0;
        }

        public static void Delete(string path)
        {
            CheckPath(path);
            int r = FileSystemPal.Unlink(path);
            if (r < 0 && -r != 2) throw FileSystemPal.Error(r, path);
        }

        public static void Copy(string sourceFileName, string destFileName) => Copy(sourceFileName, destFileName, false);

        public static void Copy(string sourceFileName, string destFileName, bool overwrite)
        {
            if (sourceFileName == null) throw new ArgumentNullException("sourceFileName");
            if (destFileName == null) throw new ArgumentNullException("destFileName");
            using var src = new FileStream(sourceFileName, FileMode.Open, FileAccess.Read);
            using var dst = new FileStream(destFileName, overwrite ? FileMode.Create : FileMode.CreateNew, FileAccess.Write);
            src.CopyTo(dst);
        }

        public static void Move(string sourceFileName, string destFileName) => Move(sourceFileName, destFileName, false);

        public static void Move(string sourceFileName, string destFileName, bool overwrite)
        {
            if (sourceFileName == null) throw new ArgumentNullException("sourceFileName");
            if (destFileName == null) throw new ArgumentNullException("destFileName");
            if (!Exists(sourceFileName)) throw FileSystemPal.Error(2, sourceFileName);
            if (!overwrite && FileSystemPal.GetPathKind(destFileName) >= 0) throw FileSystemPal.Error(17, destFileName);
            int r = FileSystemPal.Rename(sourceFileName, destFileName);
            if (r < 0) throw FileSystemPal.Error(r, sourceFileName);
        }

        public static FileStream Open(string path, FileMode mode) => new FileStream(path, mode);
        public static FileStream Open(string path, FileMode mode, FileAccess access) => new FileStream(path, mode, access);
        public static FileStream Open(string path, FileMode mode, FileAccess access, FileShare share) => new FileStream(path, mode, access, share);
        public static FileStream OpenRead(string path) => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        public static FileStream OpenWrite(string path) => new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None);
        public static FileStream Create(string path) => new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        public static FileStream Create(string path, int bufferSize) => new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, bufferSize);
        public static StreamReader OpenText(string path) => new StreamReader(path);
        public static StreamWriter CreateText(string path) => new StreamWriter(path, false);
        public static StreamWriter AppendText(string path) => new StreamWriter(path, true);

        public static string ReadAllText(string path) => ReadAllText(path, Encoding.UTF8);

        public static string ReadAllText(string path, Encoding encoding)
        {
            CheckPath(path);
            if (encoding == null) throw new ArgumentNullException("encoding");
            using var r = new StreamReader(path, encoding, true);
            return r.ReadToEnd();
        }

        public static void WriteAllText(string path, string contents) => WriteAllText(path, contents, s_utf8NoBom);

        public static void WriteAllText(string path, string contents, Encoding encoding)
        {
            CheckPath(path);
            if (encoding == null) throw new ArgumentNullException("encoding");
            using var w = new StreamWriter(path, false, encoding);
            w.Write(contents);
        }

        public static void AppendAllText(string path, string contents) => AppendAllText(path, contents, s_utf8NoBom);

        public static void AppendAllText(string path, string contents, Encoding encoding)
        {
            CheckPath(path);
            if (encoding == null) throw new ArgumentNullException("encoding");
            using var w = new StreamWriter(path, true, encoding);
            w.Write(contents);
        }

        public static string[] ReadAllLines(string path) => ReadAllLines(path, Encoding.UTF8);

        public static string[] ReadAllLines(string path, Encoding encoding)
        {
            CheckPath(path);
            if (encoding == null) throw new ArgumentNullException("encoding");
            var lines = new List<string>();
            using var r = new StreamReader(path, encoding, true);
            string line;
            while ((line = r.ReadLine()) != null) lines.Add(line);
            return lines.ToArray();
        }

        public static IEnumerable<string> ReadLines(string path) => ReadLines(path, Encoding.UTF8);

        public static IEnumerable<string> ReadLines(string path, Encoding encoding)
        {
            CheckPath(path);
            if (encoding == null) throw new ArgumentNullException("encoding");
            var r = new StreamReader(path, encoding, true);
            return ReadLinesIterator(r);
        }

        private static IEnumerable<string> ReadLinesIterator(StreamReader r)
        {
            using (r)
            {
                string line;
                while ((line = r.ReadLine()) != null) yield return line;
            }
        }

        public static void WriteAllLines(string path, string[] contents) => WriteAllLines(path, (IEnumerable<string>)contents, s_utf8NoBom);
        public static void WriteAllLines(string path, IEnumerable<string> contents) => WriteAllLines(path, contents, s_utf8NoBom);
        public static void WriteAllLines(string path, string[] contents, Encoding encoding) => WriteAllLines(path, (IEnumerable<string>)contents, encoding);

        public static void WriteAllLines(string path, IEnumerable<string> contents, Encoding encoding)
        {
            CheckPath(path);
            if (contents == null) throw new ArgumentNullException("contents");
            using var w = new StreamWriter(path, false, encoding);
            foreach (string line in contents) w.WriteLine(line);
        }

        public static void AppendAllLines(string path, IEnumerable<string> contents) => AppendAllLines(path, contents, s_utf8NoBom);

        public static void AppendAllLines(string path, IEnumerable<string> contents, Encoding encoding)
        {
            CheckPath(path);
            if (contents == null) throw new ArgumentNullException("contents");
            using var w = new StreamWriter(path, true, encoding);
            foreach (string line in contents) w.WriteLine(line);
        }

        public static byte[] ReadAllBytes(string path)
        {
            CheckPath(path);
            using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            var ms = new MemoryStream();
            fs.CopyTo(ms);
            return ms.ToArray();
        }

        public static void WriteAllBytes(string path, byte[] bytes)
        {
            CheckPath(path);
            if (bytes == null) throw new ArgumentNullException("bytes");
            using var fs = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
            fs.Write(bytes, 0, bytes.Length);
        }

        public static void AppendAllBytes(string path, byte[] bytes)
        {
            CheckPath(path);
            if (bytes == null) throw new ArgumentNullException("bytes");
            using var fs = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
            fs.Write(bytes, 0, bytes.Length);
        }

        public static DateTime GetLastWriteTimeUtc(string path)
        {
            CheckPath(path);
            long t = FileSystemPal.GetLastWriteTimeTicks(path);
            return t < 0 ? new DateTime(1601, 1, 1, 0, 0, 0, DateTimeKind.Utc) : new DateTime(t, DateTimeKind.Utc);
        }

        public static DateTime GetLastWriteTime(string path) => GetLastWriteTimeUtc(path).ToLocalTime();
    }

    public static class Directory
    {
        public static bool Exists(string path) => !string.IsNullOrEmpty(path) && FileSystemPal.GetPathKind(path) == 1;

        public static DirectoryInfo CreateDirectory(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (path.Length == 0) throw new ArgumentException("Path cannot be the empty string or all whitespace.", "path");
            string full = Path.GetFullPath(path);
            // Create each missing level, from the root down.
            var levels = new List<string>();
            for (string p = Path.TrimEndingDirectorySeparator(full); !string.IsNullOrEmpty(p) && p != "/"; p = Path.GetDirectoryName(p))
            {
                int kind = FileSystemPal.GetPathKind(p);
                if (kind == 1) break;
                if (kind == 0) throw new IOException("The file '" + p + "' already exists.");
                levels.Add(p);
            }
            for (int i = levels.Count - 1; i >= 0; i--)
            {
                int r = FileSystemPal.MakeDirectory(levels[i]);
                if (r < 0 && -r != 17) throw FileSystemPal.Error(r, levels[i], true);
            }
            return new DirectoryInfo(full);
        }

        public static void Delete(string path) => Delete(path, false);

        public static void Delete(string path, bool recursive)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (recursive)
            {
                string[] names = FileSystemPal.ListDirectory(path, out int err);
                if (names == null) throw FileSystemPal.Error(err, path, true);
                foreach (string n in names)
                {
                    string child = Path.Combine(path, n);
                    if (FileSystemPal.GetPathKind(child) == 1) Delete(child, true);
                    else File.Delete(child);
                }
            }
            int r = FileSystemPal.RemoveDirectory(path);
            if (r < 0) throw FileSystemPal.Error(r, path, true);
        }

        public static void Move(string sourceDirName, string destDirName)
        {
            int r = FileSystemPal.Rename(sourceDirName, destDirName);
            if (r < 0) throw FileSystemPal.Error(r, sourceDirName, true);
        }

        public static string GetCurrentDirectory() => FileSystemPal.GetCurrentDirectory();

        public static void SetCurrentDirectory(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            int r = FileSystemPal.SetCurrentDirectory(path);
            if (r < 0) throw FileSystemPal.Error(r, path, true);
        }

        private static IEnumerable<string> Entries(string path, string searchPattern, SearchOption option, bool files, bool dirs)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (searchPattern == null) throw new ArgumentNullException("searchPattern");
            var result = new List<string>();
            Collect(path, searchPattern, option, files, dirs, result);
            return result;
        }

        private static void Collect(string path, string pattern, SearchOption option, bool files, bool dirs, List<string> result)
        {
            string[] names = FileSystemPal.ListDirectory(path, out int err);
            if (names == null) throw FileSystemPal.Error(err, path, true);
            var subdirs = new List<string>();
            foreach (string n in names)
            {
                string child = Path.Join(path, n);
                bool isDir = FileSystemPal.GetPathKind(child) == 1;
                if ((isDir ? dirs : files) && Matches(n, pattern)) result.Add(child);
                if (isDir) subdirs.Add(child);
            }
            if (option == SearchOption.AllDirectories)
                foreach (string d in subdirs) Collect(d, pattern, option, files, dirs, result);
        }

        // '*' any run of characters, '?' one character (case-sensitive, as on Unix).
        internal static bool Matches(string name, string pattern)
        {
            if (pattern == "*" || pattern == "*.*") return true;
            return Match(name, 0, pattern, 0);
        }

        private static bool Match(string s, int i, string p, int j)
        {
            while (j < p.Length)
            {
                char c = p[j];
                if (c == '*')
                {
                    for (int k = i; k <= s.Length; k++) if (Match(s, k, p, j + 1)) return true;
                    return false;
                }
                if (i >= s.Length || (c != '?' && c != s[i])) return false;
                i++;
                j++;
            }
            return i == s.Length;
        }

        public static string[] GetFiles(string path) => GetFiles(path, "*", SearchOption.TopDirectoryOnly);
        public static string[] GetFiles(string path, string searchPattern) => GetFiles(path, searchPattern, SearchOption.TopDirectoryOnly);
        public static string[] GetFiles(string path, string searchPattern, SearchOption searchOption) => new List<string>(Entries(path, searchPattern, searchOption, true, false)).ToArray();
        public static string[] GetDirectories(string path) => GetDirectories(path, "*", SearchOption.TopDirectoryOnly);
        public static string[] GetDirectories(string path, string searchPattern) => GetDirectories(path, searchPattern, SearchOption.TopDirectoryOnly);
        public static string[] GetDirectories(string path, string searchPattern, SearchOption searchOption) => new List<string>(Entries(path, searchPattern, searchOption, false, true)).ToArray();
        public static string[] GetFileSystemEntries(string path) => new List<string>(Entries(path, "*", SearchOption.TopDirectoryOnly, true, true)).ToArray();
        public static IEnumerable<string> EnumerateFiles(string path) => Entries(path, "*", SearchOption.TopDirectoryOnly, true, false);
        public static IEnumerable<string> EnumerateFiles(string path, string searchPattern) => Entries(path, searchPattern, SearchOption.TopDirectoryOnly, true, false);
        public static IEnumerable<string> EnumerateFiles(string path, string searchPattern, SearchOption searchOption) => Entries(path, searchPattern, searchOption, true, false);
        public static IEnumerable<string> EnumerateDirectories(string path) => Entries(path, "*", SearchOption.TopDirectoryOnly, false, true);
        public static IEnumerable<string> EnumerateFileSystemEntries(string path) => Entries(path, "*", SearchOption.TopDirectoryOnly, true, true);
    }

    public sealed class DirectoryInfo
    {
        private readonly string _full;
        public DirectoryInfo(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            _full = Path.GetFullPath(path);
        }
        public string FullName => _full;
        public string Name => Path.GetFileName(Path.TrimEndingDirectorySeparator(_full)) is { Length: > 0 } n ? n : _full;
        public bool Exists => Directory.Exists(_full);
        public DirectoryInfo Parent => Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(_full)) is string p ? new DirectoryInfo(p) : null;
        public void Create() => Directory.CreateDirectory(_full);
        public void Delete() => Directory.Delete(_full);
        public void Delete(bool recursive) => Directory.Delete(_full, recursive);
        public override string ToString() => _full;
    }

    public static class Path
    {
        public static readonly char DirectorySeparatorChar = '/';
        public static readonly char AltDirectorySeparatorChar = '/';
        public static readonly char VolumeSeparatorChar = '/';
        public static readonly char PathSeparator = ':';

        public static char[] GetInvalidPathChars() => new[] { '\0' };
        public static char[] GetInvalidFileNameChars() => new[] { '\0', '/' };

        public static bool IsPathRooted(string path) => path != null && path.Length > 0 && path[0] == '/';
        public static bool IsPathRooted(ReadOnlySpan<char> path) => path.Length > 0 && path[0] == '/';
        public static bool IsPathFullyQualified(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            return IsPathRooted(path);
        }

        public static string GetPathRoot(string path)
        {
            if (string.IsNullOrEmpty(path)) return null;
            return IsPathRooted(path) ? "/" : "";
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
            if (extension.Length == 0) return stem + ".";
            return extension[0] == '.' ? stem + extension : stem + "." + extension;
        }

        public static string GetDirectoryName(string path)
        {
            if (string.IsNullOrEmpty(path)) return null;
            int end = path.Length;
            int i = path.LastIndexOf('/');
            if (i < 0) return "";
            if (i == 0) return path.Length == 1 ? null : "/";
            // Collapse a run of separators before the file name.
            while (i > 0 && path[i - 1] == '/') i--;
            if (i == 0) return "/";
            return path.Substring(0, i);
        }

        public static bool EndsInDirectorySeparator(string path) => !string.IsNullOrEmpty(path) && path[path.Length - 1] == '/';

        public static string TrimEndingDirectorySeparator(string path)
        {
            if (path == null) return null;
            return path.Length > 1 && path[path.Length - 1] == '/' ? path.Substring(0, path.Length - 1) : path;
        }

        public static string GetFullPath(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (path.Length == 0) throw new ArgumentException("The value cannot be an empty string.", "path");
            if (path.IndexOf('\0') >= 0) throw new ArgumentException("Null character in path.", "path");
            string combined = IsPathRooted(path) ? path : Combine(FileSystemPal.GetCurrentDirectory(), path);
            return Normalize(combined);
        }

        public static string GetFullPath(string path, string basePath)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (basePath == null) throw new ArgumentNullException("basePath");
            if (!IsPathRooted(basePath)) throw new ArgumentException("Basepath argument is not fully qualified.", "basePath");
            return Normalize(IsPathRooted(path) ? path : Combine(basePath, path));
        }

        // Resolves "." and ".." and collapses repeated separators; keeps a trailing separator.
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
            if (path.Length > 1 && path[path.Length - 1] == '/' && r.Length > 1) r += "/";
            return r;
        }

        public static string GetTempPath()
        {
            string t = Environment.GetEnvironmentVariable("TMPDIR");
            if (string.IsNullOrEmpty(t)) return "/tmp/";
            return t[t.Length - 1] == '/' ? t : t + "/";
        }

        private static readonly Random s_random = new Random();

        public static string GetRandomFileName()
        {
            const string chars = "abcdefghijklmnopqrstuvwxyz0123456789";
            var sb = new StringBuilder(12);
            for (int i = 0; i < 12; i++)
            {
                if (i == 8) sb.Append('.');
                sb.Append(chars[s_random.Next(chars.Length)]);
            }
            return sb.ToString(0, 12);
        }

        public static string GetTempFileName()
        {
            while (true)
            {
                string p = GetTempPath() + "tmp" + s_random.Next(0x1000000).ToString("X6") + ".tmp";
                int fd = FileSystemPal.Open(p, (int)FileMode.CreateNew, (int)FileAccess.Write);
                if (fd >= 0) { FileSystemPal.Close(fd); return p; }
                if (-fd != 17) throw FileSystemPal.Error(fd, p);
            }
        }

        public static string GetRelativePath(string relativeTo, string path)
        {
            if (relativeTo == null) throw new ArgumentNullException("relativeTo");
            if (path == null) throw new ArgumentNullException("path");
            string[] a = GetFullPath(relativeTo).TrimEnd('/').Split('/');
            string[] b = GetFullPath(path).TrimEnd('/').Split('/');
            int common = 0;
            while (common < a.Length && common < b.Length && a[common] == b[common]) common++;
            var parts = new List<string>();
            for (int i = common; i < a.Length; i++) parts.Add("..");
            for (int i = common; i < b.Length; i++) parts.Add(b[i]);
            return parts.Count == 0 ? "." : string.Join("/", parts);
        }
    }
}
