#!/usr/bin/env python3
# Generates corlib/System/Exceptions.g.cs: exception classes whose only behaviour is a default
# message and an HRESULT (both as .NET's; checked against CoreCLR). Hand-written exceptions with
# more behaviour live in corlib/System/Exceptions.cs.
# Run from the repository root: python3 corlib/tools/gen_exceptions.py
rows = """
System|SystemException|Exception|System error.|80131501
System|ApplicationException|Exception|Error in the application.|80131600
System|InvalidOperationException|SystemException|Operation is not valid due to the current state of the object.|80131509
System|NotSupportedException|SystemException|Specified method is not supported.|80131515
System|NotImplementedException|SystemException|The method or operation is not implemented.|80004001
System|NullReferenceException|SystemException|Object reference not set to an instance of an object.|80004003
System|IndexOutOfRangeException|SystemException|Index was outside the bounds of the array.|80131508|SEALED
System|InvalidCastException|SystemException|Specified cast is not valid.|80004002
System|ArithmeticException|SystemException|Overflow or underflow in the arithmetic operation.|80070216
System|OverflowException|ArithmeticException|Arithmetic operation resulted in an overflow.|80131516
System|DivideByZeroException|ArithmeticException|Attempted to divide by zero.|80020012
System|NotFiniteNumberException|ArithmeticException|Number encountered was not a finite quantity.|80131528
System|ArrayTypeMismatchException|SystemException|Attempted to access an element as a type incompatible with the array.|80131503
System|OutOfMemoryException|SystemException|Insufficient memory to continue the execution of the program.|8007000E
System|InsufficientExecutionStackException|SystemException|Insufficient stack to continue executing the program safely. This can happen from having too many functions on the call stack or function on the stack using too much stack space.|80131578|SEALED
System|StackOverflowException|SystemException|Operation caused a stack overflow.|800703E9|SEALED
System|FormatException|SystemException|One of the identified items was in an invalid format.|80131537
System|InvalidProgramException|SystemException|Common Language Runtime detected an invalid program.|8013153A|SEALED
System|TypeLoadException|SystemException|Failure has occurred while loading a type.|80131522
System|MemberAccessException|SystemException|Cannot access member.|8013151A
System|MethodAccessException|MemberAccessException|Attempt to access the method failed.|80131510
System|FieldAccessException|MemberAccessException|Attempted to access a field that is not accessible by the caller.|80131507
System|EntryPointNotFoundException|TypeLoadException|Entry point was not found.|80131523
System|DllNotFoundException|TypeLoadException|Dll was not found.|80131524
System|BadImageFormatException|SystemException|Format of the executable (.exe) or library (.dll) is invalid.|8007000B
System|RankException|SystemException|Attempted to operate on an array with the incorrect number of dimensions.|80131517
System|PlatformNotSupportedException|NotSupportedException|Operation is not supported on this platform.|80131539
System|TimeoutException|SystemException|The operation has timed out.|80131505
System|MulticastNotSupportedException|SystemException|Attempted to add multiple callbacks to a delegate that does not support multicast.|80131514|SEALED
System|DataMisalignedException|SystemException|A datatype misalignment was detected in a load or store instruction.|80131541|SEALED
System|UnauthorizedAccessException|SystemException|Attempted to perform an unauthorized operation.|80070005
System|TypeUnloadedException|SystemException|Type had been unloaded.|80131013
System|ContextMarshalException|SystemException|Attempted to marshal an object across a context boundary.|80131504
System|InvalidTimeZoneException|Exception|Exception of type 'System.InvalidTimeZoneException' was thrown.|80131500
System|TimeZoneNotFoundException|Exception|Exception of type 'System.TimeZoneNotFoundException' was thrown.|80131500
System.Collections.Generic|KeyNotFoundException|SystemException|The given key was not present in the dictionary.|80131577
System.IO|IOException|SystemException|I/O error occurred.|80131620
System.IO|EndOfStreamException|IOException|Attempted to read past the end of the stream.|80070026
System.IO|DirectoryNotFoundException|IOException|Attempted to access a path that is not on the disk.|80070003
System.IO|PathTooLongException|IOException|The specified file name or path is too long, or a component of the specified path is too long.|800700CE
System.IO|InvalidDataException|SystemException|Found invalid data while decoding.|80131501|SEALED
System.Threading|SynchronizationLockException|SystemException|Object synchronization method was called from an unsynchronized block of code.|80131518
System.Threading|ThreadInterruptedException|SystemException|Thread was interrupted from a waiting state.|80131519
System.Threading|ThreadStateException|SystemException|Thread was in an invalid state for the operation being executed.|80131520
System.Threading|LockRecursionException|Exception|Exception of type 'System.Threading.LockRecursionException' was thrown.|80131500
System.Threading|SemaphoreFullException|SystemException|Adding the specified count to the semaphore would cause it to exceed its maximum count.|80131501
System.Threading|WaitHandleCannotBeOpenedException|ApplicationException|No handle of the given name exists.|8013152C
System.Threading|AbandonedMutexException|SystemException|The wait completed due to an abandoned mutex.|8013152D
System.Threading.Tasks|TaskSchedulerException|Exception|An exception was thrown by a TaskScheduler.|80131500
System.Security|SecurityException|SystemException|Security error.|8013150A
System.Security|VerificationException|SystemException|Operation could destabilize the runtime.|8013150D
System.Reflection|TargetException|ApplicationException|Exception of type 'System.Reflection.TargetException' was thrown.|80131603
System.Reflection|TargetParameterCountException|ApplicationException|Number of parameters specified does not match the expected number.|8002000E|SEALED
System.Reflection|AmbiguousMatchException|SystemException|Ambiguous match found.|8000211D|SEALED
System.Runtime.Serialization|SerializationException|SystemException|Serialization error.|8013150C
System.Runtime.InteropServices|ExternalException|SystemException|External component has thrown an exception.|80004005
System.Runtime.InteropServices|COMException|ExternalException|Unexpected HRESULT has been returned from a call to a COM component.|80004005
System.Runtime.InteropServices|SEHException|ExternalException|External component has thrown an exception.|80004005
System.Runtime.InteropServices|MarshalDirectiveException|SystemException|Marshaling directives are invalid.|80131535
"""
byns = {}
order = []
for line in rows.strip().splitlines():
    parts = line.split('|')
    ns, name, base, msg, hr = parts[:5]
    sealed = 'sealed ' if 'SEALED' in parts[5:] else ''
    m = msg.replace('\\', '\\\\').replace('"', '\\"')
    code = f"""    [Serializable]
    public {sealed}class {name} : {base}
    {{
        public {name}() : base("{m}") {{ HResult = unchecked((int)0x{hr}); }}
        public {name}(string message) : base(message ?? "{m}") {{ HResult = unchecked((int)0x{hr}); }}
        public {name}(string message, Exception innerException) : base(message ?? "{m}", innerException) {{ HResult = unchecked((int)0x{hr}); }}
    }}
"""
    if ns not in byns:
        byns[ns] = []
        order.append(ns)
    byns[ns].append(code)
out = ["// <auto-generated> by corlib/tools/gen_exceptions.py; edit the table there, not this file.", ""]
for ns in order:
    out.append(f"namespace {ns}\n{{")
    out.append("\n".join(byns[ns]))
    out.append("}\n")
open('corlib/System/Exceptions.g.cs', 'w').write("\n".join(out))
