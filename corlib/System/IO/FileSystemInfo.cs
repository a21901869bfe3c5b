// FileSystemInfo, FileInfo and DirectoryInfo: a path and what was found there. As in .NET,
// the file's state is read on first use and kept until Refresh() (or an operation through
// the same object that changes it).
using System.Collections.Generic;

namespace System.IO
{
    [Flags]
    public enum FileAttributes
    {
        ReadOnly = 0x1, Hidden = 0x2, System = 0x4, Directory = 0x10, Archive = 0x20, Device = 0x40,
        Normal = 0x80, Temporary = 0x100, SparseFile = 0x200, ReparsePoint = 0x400, Compressed = 0x800,
        Offline = 0x1000, NotContentIndexed = 0x2000, Encrypted = 0x4000, IntegrityStream = 0x8000,
        NoScrubData = 0x20000,
    }

    public abstract class FileSystemInfo : MarshalByRefObject
    {
        protected string FullPath;
        protected string OriginalPath;
        private bool _loaded;
        private int _kind;                 // FileSystemPal kind, KindNone if nothing is there
        private long _length, _mtime, _mode;

        protected FileSystemInfo() { }

        internal void Init(string originalPath, string fullPath)
        {
            OriginalPath = originalPath;
            FullPath = fullPath;
        }

        public virtual string FullName => FullPath;
        public abstract string Name { get; }
        public abstract bool Exists { get; }
        public abstract void Delete();
        public override string ToString() => OriginalPath ?? "";

        public string Extension
        {
            get
            {
                string name = Path.GetFileName(FullPath);
                int dot = name.LastIndexOf('.');
                return dot < 0 || dot == name.Length - 1 ? "" : name.Substring(dot);
            }
        }

        public void Refresh() => _loaded = false;

        internal void Invalidate() => _loaded = false;

        private unsafe void Load()
        {
            if (_loaded) return;
            long* info = stackalloc long[4];
            if (FileSystemPal.Stat(Path.TrimEndingDirectorySeparator(FullPath), true, info) < 0)
            {
                _kind = FileSystemPal.KindNone;
            }
            else
            {
                _kind = (int)info[0];
                _length = info[1];
                _mtime = info[2];
                _mode = info[3];
            }
            _loaded = true;
        }

        internal int Kind { get { Load(); return _kind; } }
        internal long CachedLength { get { Load(); return _length; } }

        public DateTime LastWriteTimeUtc
        {
            get
            {
                Load();
                return _kind == FileSystemPal.KindNone ? new DateTime(1601, 1, 1, 0, 0, 0, DateTimeKind.Utc) : new DateTime(_mtime, DateTimeKind.Utc);
            }
        }

        public DateTime LastWriteTime => LastWriteTimeUtc.ToLocalTime();

        public FileAttributes Attributes
        {
            get
            {
                Load();
                if (_kind == FileSystemPal.KindNone) return (FileAttributes)(-1);
                FileAttributes a = 0;
                if (_kind == FileSystemPal.KindDirectory) a |= FileAttributes.Directory;
                if ((_mode & 0x92) == 0) a |= FileAttributes.ReadOnly;  // no write bit for anyone
                string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(FullPath));
                if (name.Length > 1 && name[0] == '.') a |= FileAttributes.Hidden;
                return a == 0 ? FileAttributes.Normal : a;
            }
        }

        internal static DateTime LastWriteOf(string fullPath)
        {
            var fi = new FileInfo(fullPath);
            return fi.LastWriteTimeUtc;
        }
    }

    public sealed class FileInfo : FileSystemInfo
    {
        public FileInfo(string fileName)
        {
            if (fileName == null) throw new ArgumentNullException("fileName");
            FileSystemPal.CheckPath(fileName);
            Init(fileName, Path.GetFullPath(fileName));
        }

        public override string Name => Path.GetFileName(FullPath);
        public override bool Exists => Kind != FileSystemPal.KindNone && Kind != FileSystemPal.KindDirectory && !Path.EndsInDirectorySeparator(FullPath);
        public string DirectoryName => Path.GetDirectoryName(FullPath);
        public DirectoryInfo Directory => DirectoryName is string d ? new DirectoryInfo(d) : null;
        public bool IsReadOnly => Exists && (Attributes & FileAttributes.ReadOnly) != 0;

        public long Length
        {
            get
            {
                if (!Exists) throw new FileNotFoundException("Could not find file '" + FullPath + "'.", FullPath);
                return CachedLength;
            }
        }

        public override void Delete()
        {
            File.Delete(FullPath);
            Invalidate();
        }

        public FileInfo CopyTo(string destFileName) => CopyTo(destFileName, false);

        public FileInfo CopyTo(string destFileName, bool overwrite)
        {
            FileSystemPal.CheckPath(destFileName, "destFileName");
            File.Copy(FullPath, destFileName, overwrite);
            return new FileInfo(destFileName);
        }

        public void MoveTo(string destFileName) => MoveTo(destFileName, false);

        public void MoveTo(string destFileName, bool overwrite)
        {
            FileSystemPal.CheckPath(destFileName, "destFileName");
            string full = Path.GetFullPath(destFileName);
            File.Move(FullPath, full, overwrite);
            Init(destFileName, full);
            Invalidate();
        }

        public FileStream Create() { var fs = File.Create(FullPath); Invalidate(); return fs; }
        public FileStream Open(FileMode mode) => new FileStream(FullPath, mode, mode == FileMode.Append ? FileAccess.Write : FileAccess.ReadWrite, FileShare.None);
        public FileStream Open(FileMode mode, FileAccess access) => new FileStream(FullPath, mode, access, FileShare.None);
        public FileStream Open(FileMode mode, FileAccess access, FileShare share) => new FileStream(FullPath, mode, access, share);
        public FileStream OpenRead() => File.OpenRead(FullPath);
        public FileStream OpenWrite() => File.OpenWrite(FullPath);
        public StreamReader OpenText() => File.OpenText(FullPath);
        public StreamWriter CreateText() { var w = File.CreateText(FullPath); Invalidate(); return w; }
        public StreamWriter AppendText() => File.AppendText(FullPath);
    }

    public sealed class DirectoryInfo : FileSystemInfo
    {
        public DirectoryInfo(string path)
        {
            FileSystemPal.CheckPath(path);
            Init(path, Path.GetFullPath(path));
        }

        internal DirectoryInfo(string originalPath, string fullPath) { Init(originalPath, fullPath); }

        // The last name in the path ("/" for the root), trailing separator or not.
        public override string Name
        {
            get
            {
                string trimmed = Path.TrimEndingDirectorySeparator(FullPath);
                string n = Path.GetFileName(trimmed);
                return n.Length > 0 ? n : trimmed;
            }
        }

        public override bool Exists => Kind == FileSystemPal.KindDirectory;

        public DirectoryInfo Parent
        {
            get
            {
                string p = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(FullPath));
                return p == null ? null : new DirectoryInfo(p);
            }
        }

        public DirectoryInfo Root => new DirectoryInfo("/");

        public void Create() { Directory.CreateDirectory(FullPath); Invalidate(); }

        public DirectoryInfo CreateSubdirectory(string path)
        {
            FileSystemPal.CheckPath(path);
            if (Path.IsPathRooted(path)) throw new ArgumentException("Second path fragment must not be a drive or UNC name.", "path");
            string full = Path.GetFullPath(Path.Combine(FullPath, path));
            Directory.CreateDirectory(full);
            return new DirectoryInfo(full);
        }

        public override void Delete() => Delete(false);
        public void Delete(bool recursive) { Directory.Delete(FullPath, recursive); Invalidate(); }

        public void MoveTo(string destDirName)
        {
            FileSystemPal.CheckPath(destDirName, "destDirName");
            string full = Path.GetFullPath(destDirName);
            Directory.Move(FullPath, full);
            Init(destDirName, full);
            Invalidate();
        }

        private List<string> Entries(string pattern, SearchOption option, bool files, bool dirs)
            => Directory.List(FullPath, pattern, option, files, dirs);

        public FileInfo[] GetFiles() => GetFiles("*", SearchOption.TopDirectoryOnly);
        public FileInfo[] GetFiles(string searchPattern) => GetFiles(searchPattern, SearchOption.TopDirectoryOnly);

        public FileInfo[] GetFiles(string searchPattern, SearchOption searchOption)
        {
            var r = new List<FileInfo>();
            foreach (string p in Entries(searchPattern, searchOption, true, false)) r.Add(new FileInfo(p));
            return r.ToArray();
        }

        public DirectoryInfo[] GetDirectories() => GetDirectories("*", SearchOption.TopDirectoryOnly);
        public DirectoryInfo[] GetDirectories(string searchPattern) => GetDirectories(searchPattern, SearchOption.TopDirectoryOnly);

        public DirectoryInfo[] GetDirectories(string searchPattern, SearchOption searchOption)
        {
            var r = new List<DirectoryInfo>();
            foreach (string p in Entries(searchPattern, searchOption, false, true)) r.Add(new DirectoryInfo(p));
            return r.ToArray();
        }

        public FileSystemInfo[] GetFileSystemInfos() => GetFileSystemInfos("*", SearchOption.TopDirectoryOnly);
        public FileSystemInfo[] GetFileSystemInfos(string searchPattern) => GetFileSystemInfos(searchPattern, SearchOption.TopDirectoryOnly);

        public FileSystemInfo[] GetFileSystemInfos(string searchPattern, SearchOption searchOption)
        {
            var r = new List<FileSystemInfo>();
            foreach (string p in Entries(searchPattern, searchOption, true, true))
                r.Add(FileSystemPal.DirectoryExists(p) ? new DirectoryInfo(p) : new FileInfo(p));
            return r.ToArray();
        }

        public IEnumerable<FileInfo> EnumerateFiles() => GetFiles();
        public IEnumerable<FileInfo> EnumerateFiles(string searchPattern) => GetFiles(searchPattern);
        public IEnumerable<FileInfo> EnumerateFiles(string searchPattern, SearchOption searchOption) => GetFiles(searchPattern, searchOption);
        public IEnumerable<DirectoryInfo> EnumerateDirectories() => GetDirectories();
        public IEnumerable<DirectoryInfo> EnumerateDirectories(string searchPattern) => GetDirectories(searchPattern);
        public IEnumerable<DirectoryInfo> EnumerateDirectories(string searchPattern, SearchOption searchOption) => GetDirectories(searchPattern, searchOption);
        public IEnumerable<FileSystemInfo> EnumerateFileSystemInfos() => GetFileSystemInfos();
    }
}
