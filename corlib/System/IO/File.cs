// File: whole-file operations over FileStream, StreamReader and StreamWriter, with .NET's
// argument checks, defaults (UTF-8; written without a byte order mark) and exceptions.
using System.Collections.Generic;
using System.Text;

namespace System.IO
{
    public static class File
    {
        private static Encoding s_utf8NoBom;
        private static Encoding UTF8NoBom => s_utf8NoBom ??= new UTF8Encoding(false);

        private static void CheckEncoding(Encoding encoding)
        {
            if (encoding == null) throw new ArgumentNullException("encoding");
        }

        // False for a directory, a missing or bad path — never an exception.
        public static bool Exists(string path)
        {
            if (string.IsNullOrEmpty(path) || path.IndexOf('\0') >= 0) return false;
            string full = Path.GetFullPath(path);
            // "file/" names a directory: a file is not there.
            if (Path.EndsInDirectorySeparator(full)) return false;
            return FileSystemPal.FileExists(full);
        }

        // Deleting what is not there is fine, unless its directory is not there either.
        public static void Delete(string path)
        {
            FileSystemPal.CheckPath(path);
            string full = Path.GetFullPath(path);
            int r = FileSystemPal.Unlink(full);
            if (r >= 0) return;
            if (-r == FileSystemPal.ENOENT)
            {
                if (FileSystemPal.ParentMissing(full)) throw FileSystemPal.Error(r, full, true);
                return;
            }
            if (-r == FileSystemPal.EISDIR) r = -FileSystemPal.EACCES;
            throw FileSystemPal.Error(r, full);
        }

        public static void Copy(string sourceFileName, string destFileName) => Copy(sourceFileName, destFileName, false);

        public static void Copy(string sourceFileName, string destFileName, bool overwrite)
        {
            FileSystemPal.CheckPath(sourceFileName, "sourceFileName");
            FileSystemPal.CheckPath(destFileName, "destFileName");
            string src = Path.GetFullPath(sourceFileName), dst = Path.GetFullPath(destFileName);
            using var from = new FileStream(src, FileMode.Open, FileAccess.Read, FileShare.Read, 0);
            int fd = FileSystemPal.Open(dst, (int)(overwrite ? FileMode.Create : FileMode.CreateNew), (int)FileAccess.ReadWrite, (int)FileShare.None);
            if (fd < 0)
            {
                if (-fd == FileSystemPal.EEXIST && FileSystemPal.DirectoryExists(dst))
                    throw new IOException("The target file '" + dst + "' is a directory, not a file.");
                throw FileSystemPal.OpenError(fd, dst, FileMode.Create);
            }
            using var to = new FileStream(fd, dst, FileAccess.ReadWrite);
            from.CopyTo(to);
        }

        public static void Move(string sourceFileName, string destFileName) => Move(sourceFileName, destFileName, false);

        public static void Move(string sourceFileName, string destFileName, bool overwrite)
        {
            FileSystemPal.CheckPath(sourceFileName, "sourceFileName");
            FileSystemPal.CheckPath(destFileName, "destFileName");
            string src = Path.GetFullPath(sourceFileName), dst = Path.GetFullPath(destFileName);
            if (!FileSystemPal.FileExists(src)) throw new FileNotFoundException("Could not find file '" + src + "'.", src);
            if (src == dst) return;
            int r = FileSystemPal.Rename(src, dst, overwrite);
            if (r >= 0) return;
            if (-r == FileSystemPal.ENOENT && FileSystemPal.ParentMissing(dst)) throw FileSystemPal.Error(r, dst, true);
            if (-r == FileSystemPal.EEXIST || overwrite) throw FileSystemPal.Error(r, dst);
            throw FileSystemPal.Error(r, null);
        }

        public static FileStream Open(string path, FileMode mode) => new FileStream(path, mode, mode == FileMode.Append ? FileAccess.Write : FileAccess.ReadWrite, FileShare.None);
        public static FileStream Open(string path, FileMode mode, FileAccess access) => new FileStream(path, mode, access, FileShare.None);
        public static FileStream Open(string path, FileMode mode, FileAccess access, FileShare share) => new FileStream(path, mode, access, share);
        public static FileStream Open(string path, FileStreamOptions options) => new FileStream(path, options);
        public static FileStream OpenRead(string path) => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        public static FileStream OpenWrite(string path) => new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None);
        public static FileStream Create(string path) => new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        public static FileStream Create(string path, int bufferSize) => new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, bufferSize);
        public static FileStream Create(string path, int bufferSize, FileOptions options) => new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, bufferSize, options);
        public static StreamReader OpenText(string path) => new StreamReader(path);
        public static StreamWriter CreateText(string path) => new StreamWriter(path, false);
        public static StreamWriter AppendText(string path) => new StreamWriter(path, true);

        public static string ReadAllText(string path) => ReadAllText(path, Encoding.UTF8);

        public static string ReadAllText(string path, Encoding encoding)
        {
            FileSystemPal.CheckPath(path);
            CheckEncoding(encoding);
            using var r = new StreamReader(path, encoding, true);
            return r.ReadToEnd();
        }

        public static void WriteAllText(string path, string contents) => WriteAllText(path, contents, UTF8NoBom);

        public static void WriteAllText(string path, string contents, Encoding encoding)
        {
            FileSystemPal.CheckPath(path);
            CheckEncoding(encoding);
            using var w = new StreamWriter(path, false, encoding);
            w.Write(contents);
        }

        public static void AppendAllText(string path, string contents) => AppendAllText(path, contents, UTF8NoBom);

        public static void AppendAllText(string path, string contents, Encoding encoding)
        {
            FileSystemPal.CheckPath(path);
            CheckEncoding(encoding);
            using var w = new StreamWriter(path, true, encoding);
            w.Write(contents);
        }

        public static string[] ReadAllLines(string path) => ReadAllLines(path, Encoding.UTF8);

        public static string[] ReadAllLines(string path, Encoding encoding)
        {
            FileSystemPal.CheckPath(path);
            CheckEncoding(encoding);
            var lines = new List<string>();
            using var r = new StreamReader(path, encoding, true);
            string line;
            while ((line = r.ReadLine()) != null) lines.Add(line);
            return lines.ToArray();
        }

        public static IEnumerable<string> ReadLines(string path) => ReadLines(path, Encoding.UTF8);

        // The file is opened now (so a missing file fails here); lines are read as enumerated.
        public static IEnumerable<string> ReadLines(string path, Encoding encoding)
        {
            FileSystemPal.CheckPath(path);
            CheckEncoding(encoding);
            return LinesOf(new StreamReader(path, encoding, true));
        }

        private static IEnumerable<string> LinesOf(StreamReader r)
        {
            using (r)
            {
                string line;
                while ((line = r.ReadLine()) != null) yield return line;
            }
        }

        public static void WriteAllLines(string path, string[] contents) => WriteAllLines(path, (IEnumerable<string>)contents, UTF8NoBom);
        public static void WriteAllLines(string path, IEnumerable<string> contents) => WriteAllLines(path, contents, UTF8NoBom);
        public static void WriteAllLines(string path, string[] contents, Encoding encoding) => WriteAllLines(path, (IEnumerable<string>)contents, encoding);

        public static void WriteAllLines(string path, IEnumerable<string> contents, Encoding encoding)
        {
            FileSystemPal.CheckPath(path);
            if (contents == null) throw new ArgumentNullException("contents");
            CheckEncoding(encoding);
            using var w = new StreamWriter(path, false, encoding);
            foreach (string line in contents) w.WriteLine(line);
        }

        public static void AppendAllLines(string path, IEnumerable<string> contents) => AppendAllLines(path, contents, UTF8NoBom);

        public static void AppendAllLines(string path, IEnumerable<string> contents, Encoding encoding)
        {
            FileSystemPal.CheckPath(path);
            if (contents == null) throw new ArgumentNullException("contents");
            CheckEncoding(encoding);
            using var w = new StreamWriter(path, true, encoding);
            foreach (string line in contents) w.WriteLine(line);
        }

        public static byte[] ReadAllBytes(string path)
        {
            FileSystemPal.CheckPath(path);
            using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 0);
            var ms = new MemoryStream();
            fs.CopyTo(ms);
            return ms.ToArray();
        }

        public static void WriteAllBytes(string path, byte[] bytes)
        {
            FileSystemPal.CheckPath(path);
            if (bytes == null) throw new ArgumentNullException("bytes");
            using var fs = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 0);
            fs.Write(bytes, 0, bytes.Length);
        }

        public static void AppendAllBytes(string path, byte[] bytes)
        {
            FileSystemPal.CheckPath(path);
            if (bytes == null) throw new ArgumentNullException("bytes");
            using var fs = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, 0);
            fs.Write(bytes, 0, bytes.Length);
        }

        // The span overloads (.NET 9) are what C# 14 picks for collection expressions.
        public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
        {
            FileSystemPal.CheckPath(path);
            using var fs = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 0);
            fs.Write(bytes);
        }

        public static void AppendAllBytes(string path, ReadOnlySpan<byte> bytes)
        {
            FileSystemPal.CheckPath(path);
            using var fs = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, 0);
            fs.Write(bytes);
        }

        public static void WriteAllText(string path, ReadOnlySpan<char> contents) => WriteAllText(path, contents.ToString(), UTF8NoBom);
        public static void WriteAllText(string path, ReadOnlySpan<char> contents, Encoding encoding) => WriteAllText(path, contents.ToString(), encoding);
        public static void AppendAllText(string path, ReadOnlySpan<char> contents) => AppendAllText(path, contents.ToString(), UTF8NoBom);
        public static void AppendAllText(string path, ReadOnlySpan<char> contents, Encoding encoding) => AppendAllText(path, contents.ToString(), encoding);

        // A missing file has the Windows epoch as its time, as in .NET.
        public static DateTime GetLastWriteTimeUtc(string path)
        {
            FileSystemPal.CheckPath(path);
            return FileSystemInfo.LastWriteOf(Path.GetFullPath(path));
        }

        public static DateTime GetLastWriteTime(string path) => GetLastWriteTimeUtc(path).ToLocalTime();
    }
}
