using System.Reflection;
using System.Runtime.CompilerServices;

[assembly: AssemblyVersion("10.0.0.0")]
[assembly: AssemblyFileVersion("10.0.0.0")]
[assembly: AssemblyTitle("System.Private.CoreLib")]
[assembly: AssemblyProduct("anyclr")]
[assembly: AssemblyDescription("anyclr core library")]
[assembly: RuntimeCompatibility(WrapNonExceptionThrows = true)]
[assembly: CompilationRelaxations(8)]
