// The operating system's file calls (POSIX, implemented by the runtime: src/vm/icall_file.c)
// and the one place that turns their errors into .NET's exceptions and messages.
using System.Runtime.CompilerServices;

namespace System.IO
{
    internal static unsafe class FileSystemPal
    {
        // Every call returns a non-negative result on success and -errno on failure, errno as
        // Linux numbers it. Paths are full paths without NUL characters.

        // open(2) with O_CLOEXEC and mode 0666, then flock(2): exclusive for FileShare.None,
        // shared otherwise, never waiting (EAGAIN when another open holds it); Create and
        // Truncate empty the file only once the lock is held. fileMode/fileAccess/share are
        // FileMode/FileAccess/FileShare values. A directory gives EISDIR. Returns the descriptor.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Open(string path, int fileMode, int fileAccess, int share);

        // read(2): bytes read (0 at end of file).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Read(int fd, byte* buffer, int count);

        // write(2): bytes written.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Write(int fd, byte* buffer, int count);

        // lseek(2) with 64-bit offsets; origin 0 SEEK_SET, 1 SEEK_CUR, 2 SEEK_END. The new offset.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long Seek(int fd, long offset, int origin);

        // ftruncate(2).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int SetLength(int fd, long length);

        // fsync(2) (a descriptor that cannot be synced is no error).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Sync(int fd);

        // close(2).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Close(int fd);

        // stat(2), or lstat(2) when followLinks is false, into info[0..3]: kind (KindFile,
        // KindDirectory, KindOther, KindLink), size, last write time (ticks since 0001-01-01
        // UTC), permission bits.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Stat(string path, bool followLinks, long* info);

        // unlink(2).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Unlink(string path);

        // rename(2) when replace is set; otherwise fails with EEXIST if newPath exists.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Rename(string oldPath, string newPath, bool replace);

        // mkdir(2) with mode 0777.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int MakeDirectory(string path);

        // rmdir(2).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int RemoveDirectory(string path);

        // The entries of a directory (readdir order, without "." and ".."), or null with
        // error = -errno.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string[] ListDirectory(string path, out int error);

        // getcwd(3).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string GetCurrentDirectory();

        // chdir(2).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int SetCurrentDirectory(string path);

        // The C library's text for an error number ("Input/output error").
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string ErrorMessage(int error);

        internal const int EPERM = 1, ENOENT = 2, EBADF = 9, EAGAIN = 11, EACCES = 13, EEXIST = 17,
            ENOTDIR = 20, EISDIR = 21, EINVAL = 22, EFBIG = 27, EROFS = 30, ENAMETOOLONG = 36, ENOTEMPTY = 39;

        internal const int KindNone = -1, KindFile = 0, KindDirectory = 1, KindOther = 2, KindLink = 3;

        // What is at a path: a Kind constant, KindNone if nothing (or the path cannot be asked about).
        internal static int KindOf(string fullPath, bool followLinks = true)
        {
            long* info = stackalloc long[4];
            return Stat(fullPath, followLinks, info) < 0 ? KindNone : (int)info[0];
        }

        internal static bool FileExists(string fullPath)
        {
            int kind = KindOf(fullPath);
            return kind != KindNone && kind != KindDirectory;
        }

        internal static bool DirectoryExists(string fullPath) => KindOf(fullPath) == KindDirectory;

        // Whether the directory part of a path is missing: then a missing file is the
        // directory's fault (DirectoryNotFoundException), as .NET decides.
        internal static bool ParentMissing(string fullPath)
        {
            string dir = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(fullPath));
            return !string.IsNullOrEmpty(dir) && !DirectoryExists(dir);
        }

        // The exception .NET raises for an error number on a path (the path may be null).
        internal static Exception Error(int error, string path, bool isDirError = false)
        {
            if (error < 0) error = -error;
            switch (error)
            {
                case ENOENT:
                    if (isDirError)
                        return new DirectoryNotFoundException(path == null ? "Could not find a part of the path." : "Could not find a part of the path '" + path + "'.");
                    return path == null ? new FileNotFoundException("Unable to find the specified file.")
                                        : new FileNotFoundException("Could not find file '" + path + "'.", path);
                case ENOTDIR:
                    return new DirectoryNotFoundException(path == null ? "Could not find a part of the path." : "Could not find a part of the path '" + path + "'.");
                case EACCES:
                case EBADF:
                case EPERM:
                    return new UnauthorizedAccessException(path == null ? "Access to the path is denied." : "Access to the path '" + path + "' is denied.");
                case ENAMETOOLONG:
                    return new PathTooLongException(path == null ? "The specified file name or path is too long, or a component of the specified path is too long."
                                                                 : "The path '" + path + "' is too long, or a component of the specified path is too long.");
                case EAGAIN:
                    return new IOException(path == null ? "The process cannot access the file because it is being used by another process."
                                                        : "The process cannot access the file '" + path + "' because it is being used by another process.") { HResult = error };
                case EFBIG:
                    return new ArgumentOutOfRangeException("value", "Specified file length was too large for the file system.");
                case EEXIST:
                    return new IOException(path == null ? "The file already exists." : "The file '" + path + "' already exists.") { HResult = error };
            }
            string text = ErrorMessage(error);
            return new IOException(path == null ? text : text + " : '" + path + "'") { HResult = error };
        }

        // The error of opening a file: a missing file whose directory is missing too (or that
        // was to be created) is the directory's fault; a directory cannot be opened as a file.
        internal static Exception OpenError(int error, string fullPath, FileMode mode)
        {
            if (error < 0) error = -error;
            if (error == EISDIR) error = EACCES;
            bool creating = mode == FileMode.CreateNew || mode == FileMode.Create || mode == FileMode.OpenOrCreate || mode == FileMode.Append;
            bool isDir = error == ENOENT && (creating || ParentMissing(fullPath));
            return Error(error, fullPath, isDir);
        }

        internal static void CheckPath(string path, string paramName = "path")
        {
            if (path == null) throw new ArgumentNullException(paramName);
            if (path.Length == 0) throw new ArgumentException("The value cannot be an empty string.", paramName);
        }
    }
}
