using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System
{
    public static class Environment
    {
        // The program's arguments, the program itself first (as .NET: the path of the main assembly).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string[] GetCommandLineArgsCore();

        // Ends the process with this exit code (no further managed code runs).
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Exit(int exitCode);

        // The exit code the process will have if Main returns void (initially 0).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int GetExitCode();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void SetExitCode(int exitCode);

        // Milliseconds from a monotonic clock (CLOCK_MONOTONIC), as a 64-bit count.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long GetTickCount64();

        // The number of processors available to the process (at least 1).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int GetProcessorCount();

        // getenv(3), or null.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string GetEnvironmentVariableCore(string variable);

        // The managed id of the current thread (1 for the main thread).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int GetCurrentManagedThreadId();

        // Writes message (and the exception, if not null) to stderr and aborts the process.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void FailFastCore(string message, Exception exception);

        // getpid(2).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int GetProcessId();

        // The process environment at the call, as "NAME=value" strings.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string[] GetEnvironmentCore();

        // The caller's stack, one "   at ..." line per frame (innermost first).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string GetStackTraceCore();

        // As on .NET for Unix, the variables are read from the process once something changes
        // or lists them; from then on this copy is the environment the program sees (the C
        // library's is left alone).
        private static Dictionary<string, string> s_environment;

        public static string[] GetCommandLineArgs() => (string[])GetCommandLineArgsCore().Clone();
        public static string CommandLine => string.Join(" ", GetCommandLineArgsCore());

        public static int ExitCode
        {
            get => GetExitCode();
            set => SetExitCode(value);
        }

        public static string NewLine => "\n";
        public static int TickCount => (int)GetTickCount64();
        public static long TickCount64 => GetTickCount64();
        public static int ProcessorCount => GetProcessorCount();
        public static int CurrentManagedThreadId => GetCurrentManagedThreadId();
        public static bool Is64BitProcess => IntPtr.Size == 8;
        public static bool Is64BitOperatingSystem => IntPtr.Size == 8;
        public static bool HasShutdownStarted => false;
        public static bool UserInteractive => true;
        public static int SystemPageSize => 4096;
        public static string MachineName => GetEnvironmentVariable("HOSTNAME") ?? "localhost";
        public static string UserName => GetEnvironmentVariable("USER") ?? "";
        public static string UserDomainName => MachineName;
        public static string CurrentDirectory { get => System.IO.Directory.GetCurrentDirectory(); set => System.IO.Directory.SetCurrentDirectory(value); }
        public static int ProcessId => GetProcessId();
        public static string SystemDirectory => "";
        public static Version Version => new Version(10, 0, 0);
        public static string StackTrace => GetStackTraceCore();
        public static OperatingSystem OSVersion => new OperatingSystem(PlatformID.Unix, new Version(0, 0));
        public static string ProcessPath => GetCommandLineArgsCore()[0];

        public static string GetEnvironmentVariable(string variable)
        {
            if (variable == null) throw new ArgumentNullException("variable");
            Dictionary<string, string> env = s_environment;
            if (env != null) return env.TryGetValue(variable, out string v) ? v : null;
            return GetEnvironmentVariableCore(variable);
        }

        // Unix has no user or machine environment: those read as unset and are never written.
        public static string GetEnvironmentVariable(string variable, EnvironmentVariableTarget target)
        {
            if (variable == null) throw new ArgumentNullException("variable");
            return CheckTarget(target) ? GetEnvironmentVariable(variable) : null;
        }

        // null removes the variable; a value is cut at its first NUL, as the C environment
        // would (an empty value is kept, as .NET 9 and later do)
        public static void SetEnvironmentVariable(string variable, string value)
        {
            CheckVariableName(variable);
            Dictionary<string, string> env = LoadEnvironment();
            if (value == null) { env.Remove(variable); return; }
            int nul = value.IndexOf('\0');
            env[variable] = nul < 0 ? value : value.Substring(0, nul);
        }

        public static void SetEnvironmentVariable(string variable, string value, EnvironmentVariableTarget target)
        {
            if (CheckTarget(target)) SetEnvironmentVariable(variable, value);
            else CheckVariableName(variable);
        }

        public static IDictionary GetEnvironmentVariables()
        {
            Hashtable table = new Hashtable();
            foreach (KeyValuePair<string, string> kv in LoadEnvironment()) table[kv.Key] = kv.Value;
            return table;
        }

        public static IDictionary GetEnvironmentVariables(EnvironmentVariableTarget target) =>
            CheckTarget(target) ? GetEnvironmentVariables() : new Hashtable();

        private static bool CheckTarget(EnvironmentVariableTarget target)
        {
            if (target == EnvironmentVariableTarget.Process) return true;
            if (target == EnvironmentVariableTarget.User || target == EnvironmentVariableTarget.Machine) return false;
            throw new ArgumentOutOfRangeException("target", target, "Illegal enum value: " + ((int)target).ToString() + ".");
        }

        private static void CheckVariableName(string variable)
        {
            if (variable == null) throw new ArgumentNullException("variable");
            if (variable.Length == 0) throw new ArgumentException("The value cannot be an empty string.", "variable");
            if (variable[0] == '\0') throw new ArgumentException("The first char in the string is the null character.", "variable");
            if (variable.IndexOf('=') >= 0) throw new ArgumentException("Environment variable name cannot contain equal character.", "variable");
        }

        private static Dictionary<string, string> LoadEnvironment()
        {
            if (s_environment != null) return s_environment;
            Dictionary<string, string> env = new Dictionary<string, string>();
            foreach (string entry in GetEnvironmentCore())
            {
                // "NAME=value"; a name may not be empty, and the first of duplicates wins
                int eq = entry.Length > 1 ? entry.IndexOf('=', 1) : -1;
                if (eq <= 0) continue;
                env.TryAdd(entry.Substring(0, eq), entry.Substring(eq + 1));
            }
            return s_environment = env;
        }

        public static string ExpandEnvironmentVariables(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            int i = 0;
            while (i < name.Length)
            {
                int a = name.IndexOf('%', i);
                if (a < 0) break;
                int b = name.IndexOf('%', a + 1);
                if (b < 0) break;
                sb.Append(name, i, a - i);
                string v = GetEnvironmentVariable(name.Substring(a + 1, b - a - 1));
                if (v != null) { sb.Append(v); i = b + 1; }
                else { sb.Append(name, a, b - a); i = b; }
            }
            sb.Append(name, i, name.Length - i);
            return sb.ToString();
        }

        public static void FailFast(string message) => FailFastCore(message, null);
        public static void FailFast(string message, Exception exception) => FailFastCore(message, exception);

        public enum SpecialFolder
        {
            Desktop = 0, Programs = 2, MyDocuments = 5, Personal = 5, Favorites = 6, Startup = 7, Recent = 8, SendTo = 9,
            StartMenu = 11, MyMusic = 13, MyVideos = 14, DesktopDirectory = 16, MyComputer = 17, NetworkShortcuts = 19,
            Fonts = 20, Templates = 21, CommonStartMenu = 22, CommonPrograms = 23, CommonStartup = 24,
            CommonDesktopDirectory = 25, ApplicationData = 26, PrinterShortcuts = 27, LocalApplicationData = 28,
            InternetCache = 32, Cookies = 33, History = 34, CommonApplicationData = 35, Windows = 36, System = 37,
            ProgramFiles = 38, MyPictures = 39, UserProfile = 40, SystemX86 = 41, ProgramFilesX86 = 42,
            CommonProgramFiles = 43, CommonProgramFilesX86 = 44, CommonTemplates = 45, CommonDocuments = 46,
            CommonAdminTools = 47, AdminTools = 48, CommonMusic = 53, CommonPictures = 54, CommonVideos = 55,
            Resources = 56, LocalizedResources = 57, CommonOemLinks = 58, CDBurning = 59,
        }

        public static string GetFolderPath(SpecialFolder folder)
        {
            string home = GetEnvironmentVariable("HOME") ?? "";
            switch (folder)
            {
                case SpecialFolder.UserProfile:
                case SpecialFolder.Personal: return home;
                case SpecialFolder.ApplicationData: return GetEnvironmentVariable("XDG_CONFIG_HOME") ?? (home.Length == 0 ? "" : home + "/.config");
                case SpecialFolder.LocalApplicationData: return GetEnvironmentVariable("XDG_DATA_HOME") ?? (home.Length == 0 ? "" : home + "/.local/share");
                case SpecialFolder.CommonApplicationData: return "/usr/share";
            }
            return "";
        }
    }

    public enum EnvironmentVariableTarget { Process = 0, User = 1, Machine = 2 }

    public enum PlatformID { Win32S = 0, Win32Windows = 1, Win32NT = 2, WinCE = 3, Unix = 4, Xbox = 5, MacOSX = 6, Other = 7 }

    public sealed class OperatingSystem : ICloneable
    {
        public OperatingSystem(PlatformID platform, Version version) { Platform = platform; Version = version; }
        public PlatformID Platform { get; }
        public Version Version { get; }
        public string ServicePack => string.Empty;
        public string VersionString => "Unix " + Version.ToString();
        public object Clone() => new OperatingSystem(Platform, Version);
        public override string ToString() => VersionString;
        public static bool IsLinux() => true;
        public static bool IsWindows() => false;
        public static bool IsMacOS() => false;
        public static bool IsFreeBSD() => false;
        public static bool IsAndroid() => false;
        public static bool IsIOS() => false;
        public static bool IsBrowser() => false;
        public static bool IsWasi() => false;
        public static bool IsOSPlatform(string platform) => string.Equals(platform, "Linux", StringComparison.OrdinalIgnoreCase);
    }

    public enum GCCollectionMode { Default = 0, Forced = 1, Optimized = 2, Aggressive = 3 }

    public static class GC
    {
        // Runs a collection of generations 0..generation (the collector may collect more).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void InternalCollect(int generation);

        // The oldest generation the collector has (0 for a non-generational collector).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int GetMaxGeneration();

        // How many collections of this generation have happened.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int GetCollectionCount(int generation);

        // The generation the object is in.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int GetGenerationOf(object obj);

        // Bytes currently allocated on the managed heap (approximately).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long GetTotalMemoryCore();

        // Marks the object as not needing its finalizer run / as needing it again.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void SuppressFinalizeCore(object obj);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void ReRegisterForFinalizeCore(object obj);

        // Blocks until the finalizers of unreachable objects found so far have run.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void WaitForPendingFinalizers();

        public static int MaxGeneration => GetMaxGeneration();

        public static void Collect() => InternalCollect(-1);

        public static void Collect(int generation)
        {
            if (generation < 0) throw new ArgumentOutOfRangeException("generation", "Value must be positive.");
            InternalCollect(generation);
        }

        public static void Collect(int generation, GCCollectionMode mode) => Collect(generation);
        public static void Collect(int generation, GCCollectionMode mode, bool blocking) => Collect(generation);
        public static void Collect(int generation, GCCollectionMode mode, bool blocking, bool compacting) => Collect(generation);

        public static int CollectionCount(int generation)
        {
            if (generation < 0) throw new ArgumentOutOfRangeException("generation", "Value must be positive.");
            return GetCollectionCount(generation);
        }

        public static int GetGeneration(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            return GetGenerationOf(obj);
        }

        // The generation of a weak reference's target; ArgumentNullException when it has
        // none (a null wo throws NullReferenceException, as on .NET).
        public static int GetGeneration(WeakReference wo)
        {
            object target = System.Runtime.InteropServices.GCHandle.InternalGet(wo.WeakHandle);
            KeepAlive(wo);
            if (target == null) throw new ArgumentNullException("wo");
            return GetGenerationOf(target);
        }

        public static long GetTotalMemory(bool forceFullCollection)
        {
            if (forceFullCollection) Collect();
            return GetTotalMemoryCore();
        }

        // Bytes ever allocated on the managed heap (one thread: also this thread's).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long GetTotalAllocatedBytesCore();

        public static long GetAllocatedBytesForCurrentThread() => GetTotalAllocatedBytesCore();
        public static long GetTotalAllocatedBytes(bool precise = false) => GetTotalAllocatedBytesCore();

        // Keeps obj reachable until this call; the runtime must not treat it as a no-op that can be dropped.
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void KeepAlive(object obj) { }

        public static void SuppressFinalize(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            SuppressFinalizeCore(obj);
        }

        public static void ReRegisterForFinalize(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            ReRegisterForFinalizeCore(obj);
        }

        public static void AddMemoryPressure(long bytesAllocated) { }
        public static void RemoveMemoryPressure(long bytesAllocated) { }
        public static T[] AllocateUninitializedArray<T>(int length, bool pinned = false) => new T[length];
        public static T[] AllocateArray<T>(int length, bool pinned = false) => new T[length];
        public static bool TryStartNoGCRegion(long totalSize) => false;
        public static void EndNoGCRegion() => throw new InvalidOperationException("The NoGCRegion mode was not in progress.");
    }

    public static class Activator
    {
        // new T(): runs T's parameterless constructor (default(T) for value types without one);
        // MissingMethodException when a reference type T has none.
        public static T CreateInstance<T>() =>
            (T)RuntimeType.CreateInstanceDefaultCtor(typeof(T).TypeHandle.Value);

        public static object CreateInstance(Type type) => CreateInstance(type, false);

        public static object CreateInstance(Type type, bool nonPublic)
        {
            if (type == null) throw new ArgumentNullException("type");
            if (!(type.UnderlyingSystemType is RuntimeType rt)) throw new ArgumentException("Type must be a type provided by the runtime.", "type");
            if (rt.IsInterface) throw new MissingMethodException("Cannot dynamically create an instance of type '" + rt.ToString() + "'. Reason: Cannot create an instance of an interface.");
            if (rt.IsAbstract) throw new MissingMethodException("Cannot dynamically create an instance of type '" + rt.ToString() + "'. Reason: Cannot create an abstract class.");
            if (rt.ContainsGenericParameters) throw new ArgumentException("Cannot create an instance of " + rt.ToString() + " because Type.ContainsGenericParameters is true.");
            return RuntimeType.CreateInstanceDefaultCtor(rt.Handle);
        }

        public static object CreateInstance(Type type, params object[] args) =>
            CreateInstance(type, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance, null, args, null);

        // The constructor that fits the arguments best (as .NET's default binder chooses).
        public static object CreateInstance(Type type, System.Reflection.BindingFlags bindingAttr, System.Reflection.Binder binder, object[] args, System.Globalization.CultureInfo culture)
        {
            if (type == null) throw new ArgumentNullException("type");
            if (args == null || args.Length == 0) return CreateInstance(type, (bindingAttr & System.Reflection.BindingFlags.NonPublic) != 0);
            if (!(type.UnderlyingSystemType is RuntimeType rt)) throw new ArgumentException("Type must be a type provided by the runtime.", "type");
            return rt.CreateInstanceWith(bindingAttr, args);
        }

        internal static object CreateUninitialized(Type type)
        {
            if (!(type.UnderlyingSystemType is RuntimeType rt)) throw new ArgumentException("Type must be a type provided by the runtime.", "type");
            return RuntimeType.AllocateUninitialized(rt.Handle);
        }
    }

    public static class AppContext
    {
        private static Dictionary<string, object> s_data;
        private static Dictionary<string, bool> s_switches;

        public static string BaseDirectory
        {
            get
            {
                string p = Environment.ProcessPath;
                int i = p.LastIndexOf('/');
                return i < 0 ? "./" : p.Substring(0, i + 1);
            }
        }

        public static string TargetFrameworkName => ".NETCoreApp,Version=v10.0";

        public static object GetData(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            return s_data != null && s_data.TryGetValue(name, out object v) ? v : null;
        }

        public static void SetData(string name, object data)
        {
            if (name == null) throw new ArgumentNullException("name");
            (s_data ??= new Dictionary<string, object>())[name] = data;
        }

        public static bool TryGetSwitch(string switchName, out bool isEnabled)
        {
            if (switchName == null) throw new ArgumentNullException("switchName");
            isEnabled = false;
            return s_switches != null && s_switches.TryGetValue(switchName, out isEnabled);
        }

        public static void SetSwitch(string switchName, bool isEnabled)
        {
            if (switchName == null) throw new ArgumentNullException("switchName");
            (s_switches ??= new Dictionary<string, bool>())[switchName] = isEnabled;
        }
    }
}
