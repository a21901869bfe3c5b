// Repetitive code written once by a generator that is no longer in the tree (the
// project keeps no generator scripts outside C and shell); it is edited by hand now.

namespace System
{
    [Serializable]
    public class SystemException : Exception
    {
        public SystemException() : base("System error.") { HResult = unchecked((int)0x80131501); }
        public SystemException(string message) : base(message ?? "System error.") { HResult = unchecked((int)0x80131501); }
        public SystemException(string message, Exception innerException) : base(message ?? "System error.", innerException) { HResult = unchecked((int)0x80131501); }
    }

    [Serializable]
    public class ApplicationException : Exception
    {
        public ApplicationException() : base("Error in the application.") { HResult = unchecked((int)0x80131600); }
        public ApplicationException(string message) : base(message ?? "Error in the application.") { HResult = unchecked((int)0x80131600); }
        public ApplicationException(string message, Exception innerException) : base(message ?? "Error in the application.", innerException) { HResult = unchecked((int)0x80131600); }
    }

    [Serializable]
    public class InvalidOperationException : SystemException
    {
        public InvalidOperationException() : base("Operation is not valid due to the current state of the object.") { HResult = unchecked((int)0x80131509); }
        public InvalidOperationException(string message) : base(message ?? "Operation is not valid due to the current state of the object.") { HResult = unchecked((int)0x80131509); }
        public InvalidOperationException(string message, Exception innerException) : base(message ?? "Operation is not valid due to the current state of the object.", innerException) { HResult = unchecked((int)0x80131509); }
    }

    [Serializable]
    public class NotSupportedException : SystemException
    {
        public NotSupportedException() : base("Specified method is not supported.") { HResult = unchecked((int)0x80131515); }
        public NotSupportedException(string message) : base(message ?? "Specified method is not supported.") { HResult = unchecked((int)0x80131515); }
        public NotSupportedException(string message, Exception innerException) : base(message ?? "Specified method is not supported.", innerException) { HResult = unchecked((int)0x80131515); }
    }

    [Serializable]
    public class NotImplementedException : SystemException
    {
        public NotImplementedException() : base("The method or operation is not implemented.") { HResult = unchecked((int)0x80004001); }
        public NotImplementedException(string message) : base(message ?? "The method or operation is not implemented.") { HResult = unchecked((int)0x80004001); }
        public NotImplementedException(string message, Exception innerException) : base(message ?? "The method or operation is not implemented.", innerException) { HResult = unchecked((int)0x80004001); }
    }

    [Serializable]
    public class NullReferenceException : SystemException
    {
        public NullReferenceException() : base("Object reference not set to an instance of an object.") { HResult = unchecked((int)0x80004003); }
        public NullReferenceException(string message) : base(message ?? "Object reference not set to an instance of an object.") { HResult = unchecked((int)0x80004003); }
        public NullReferenceException(string message, Exception innerException) : base(message ?? "Object reference not set to an instance of an object.", innerException) { HResult = unchecked((int)0x80004003); }
    }

    [Serializable]
    public sealed class IndexOutOfRangeException : SystemException
    {
        public IndexOutOfRangeException() : base("Index was outside the bounds of the array.") { HResult = unchecked((int)0x80131508); }
        public IndexOutOfRangeException(string message) : base(message ?? "Index was outside the bounds of the array.") { HResult = unchecked((int)0x80131508); }
        public IndexOutOfRangeException(string message, Exception innerException) : base(message ?? "Index was outside the bounds of the array.", innerException) { HResult = unchecked((int)0x80131508); }
    }

    [Serializable]
    public class InvalidCastException : SystemException
    {
        public InvalidCastException() : base("Specified cast is not valid.") { HResult = unchecked((int)0x80004002); }
        public InvalidCastException(string message) : base(message ?? "Specified cast is not valid.") { HResult = unchecked((int)0x80004002); }
        public InvalidCastException(string message, Exception innerException) : base(message ?? "Specified cast is not valid.", innerException) { HResult = unchecked((int)0x80004002); }
    }

    [Serializable]
    public class ArithmeticException : SystemException
    {
        public ArithmeticException() : base("Overflow or underflow in the arithmetic operation.") { HResult = unchecked((int)0x80070216); }
        public ArithmeticException(string message) : base(message ?? "Overflow or underflow in the arithmetic operation.") { HResult = unchecked((int)0x80070216); }
        public ArithmeticException(string message, Exception innerException) : base(message ?? "Overflow or underflow in the arithmetic operation.", innerException) { HResult = unchecked((int)0x80070216); }
    }

    [Serializable]
    public class OverflowException : ArithmeticException
    {
        public OverflowException() : base("Arithmetic operation resulted in an overflow.") { HResult = unchecked((int)0x80131516); }
        public OverflowException(string message) : base(message ?? "Arithmetic operation resulted in an overflow.") { HResult = unchecked((int)0x80131516); }
        public OverflowException(string message, Exception innerException) : base(message ?? "Arithmetic operation resulted in an overflow.", innerException) { HResult = unchecked((int)0x80131516); }
    }

    [Serializable]
    public class DivideByZeroException : ArithmeticException
    {
        public DivideByZeroException() : base("Attempted to divide by zero.") { HResult = unchecked((int)0x80020012); }
        public DivideByZeroException(string message) : base(message ?? "Attempted to divide by zero.") { HResult = unchecked((int)0x80020012); }
        public DivideByZeroException(string message, Exception innerException) : base(message ?? "Attempted to divide by zero.", innerException) { HResult = unchecked((int)0x80020012); }
    }

    [Serializable]
    public class NotFiniteNumberException : ArithmeticException
    {
        public NotFiniteNumberException() : base("Number encountered was not a finite quantity.") { HResult = unchecked((int)0x80131528); }
        public NotFiniteNumberException(string message) : base(message ?? "Number encountered was not a finite quantity.") { HResult = unchecked((int)0x80131528); }
        public NotFiniteNumberException(string message, Exception innerException) : base(message ?? "Number encountered was not a finite quantity.", innerException) { HResult = unchecked((int)0x80131528); }
    }

    [Serializable]
    public class ArrayTypeMismatchException : SystemException
    {
        public ArrayTypeMismatchException() : base("Attempted to access an element as a type incompatible with the array.") { HResult = unchecked((int)0x80131503); }
        public ArrayTypeMismatchException(string message) : base(message ?? "Attempted to access an element as a type incompatible with the array.") { HResult = unchecked((int)0x80131503); }
        public ArrayTypeMismatchException(string message, Exception innerException) : base(message ?? "Attempted to access an element as a type incompatible with the array.", innerException) { HResult = unchecked((int)0x80131503); }
    }

    [Serializable]
    public class OutOfMemoryException : SystemException
    {
        public OutOfMemoryException() : base("Insufficient memory to continue the execution of the program.") { HResult = unchecked((int)0x8007000E); }
        public OutOfMemoryException(string message) : base(message ?? "Insufficient memory to continue the execution of the program.") { HResult = unchecked((int)0x8007000E); }
        public OutOfMemoryException(string message, Exception innerException) : base(message ?? "Insufficient memory to continue the execution of the program.", innerException) { HResult = unchecked((int)0x8007000E); }
    }

    [Serializable]
    public sealed class InsufficientExecutionStackException : SystemException
    {
        public InsufficientExecutionStackException() : base("Insufficient stack to continue executing the program safely. This can happen from having too many functions on the call stack or function on the stack using too much stack space.") { HResult = unchecked((int)0x80131578); }
        public InsufficientExecutionStackException(string message) : base(message ?? "Insufficient stack to continue executing the program safely. This can happen from having too many functions on the call stack or function on the stack using too much stack space.") { HResult = unchecked((int)0x80131578); }
        public InsufficientExecutionStackException(string message, Exception innerException) : base(message ?? "Insufficient stack to continue executing the program safely. This can happen from having too many functions on the call stack or function on the stack using too much stack space.", innerException) { HResult = unchecked((int)0x80131578); }
    }

    [Serializable]
    public sealed class StackOverflowException : SystemException
    {
        public StackOverflowException() : base("Operation caused a stack overflow.") { HResult = unchecked((int)0x800703E9); }
        public StackOverflowException(string message) : base(message ?? "Operation caused a stack overflow.") { HResult = unchecked((int)0x800703E9); }
        public StackOverflowException(string message, Exception innerException) : base(message ?? "Operation caused a stack overflow.", innerException) { HResult = unchecked((int)0x800703E9); }
    }

    [Serializable]
    public class FormatException : SystemException
    {
        public FormatException() : base("One of the identified items was in an invalid format.") { HResult = unchecked((int)0x80131537); }
        public FormatException(string message) : base(message ?? "One of the identified items was in an invalid format.") { HResult = unchecked((int)0x80131537); }
        public FormatException(string message, Exception innerException) : base(message ?? "One of the identified items was in an invalid format.", innerException) { HResult = unchecked((int)0x80131537); }
    }

    [Serializable]
    public sealed class InvalidProgramException : SystemException
    {
        public InvalidProgramException() : base("Common Language Runtime detected an invalid program.") { HResult = unchecked((int)0x8013153A); }
        public InvalidProgramException(string message) : base(message ?? "Common Language Runtime detected an invalid program.") { HResult = unchecked((int)0x8013153A); }
        public InvalidProgramException(string message, Exception innerException) : base(message ?? "Common Language Runtime detected an invalid program.", innerException) { HResult = unchecked((int)0x8013153A); }
    }

    [Serializable]
    public class TypeLoadException : SystemException
    {
        public TypeLoadException() : base("Failure has occurred while loading a type.") { HResult = unchecked((int)0x80131522); }
        public TypeLoadException(string message) : base(message ?? "Failure has occurred while loading a type.") { HResult = unchecked((int)0x80131522); }
        public TypeLoadException(string message, Exception innerException) : base(message ?? "Failure has occurred while loading a type.", innerException) { HResult = unchecked((int)0x80131522); }
    }

    [Serializable]
    public class MemberAccessException : SystemException
    {
        public MemberAccessException() : base("Cannot access member.") { HResult = unchecked((int)0x8013151A); }
        public MemberAccessException(string message) : base(message ?? "Cannot access member.") { HResult = unchecked((int)0x8013151A); }
        public MemberAccessException(string message, Exception innerException) : base(message ?? "Cannot access member.", innerException) { HResult = unchecked((int)0x8013151A); }
    }

    [Serializable]
    public class MethodAccessException : MemberAccessException
    {
        public MethodAccessException() : base("Attempt to access the method failed.") { HResult = unchecked((int)0x80131510); }
        public MethodAccessException(string message) : base(message ?? "Attempt to access the method failed.") { HResult = unchecked((int)0x80131510); }
        public MethodAccessException(string message, Exception innerException) : base(message ?? "Attempt to access the method failed.", innerException) { HResult = unchecked((int)0x80131510); }
    }

    [Serializable]
    public class FieldAccessException : MemberAccessException
    {
        public FieldAccessException() : base("Attempted to access a field that is not accessible by the caller.") { HResult = unchecked((int)0x80131507); }
        public FieldAccessException(string message) : base(message ?? "Attempted to access a field that is not accessible by the caller.") { HResult = unchecked((int)0x80131507); }
        public FieldAccessException(string message, Exception innerException) : base(message ?? "Attempted to access a field that is not accessible by the caller.", innerException) { HResult = unchecked((int)0x80131507); }
    }

    [Serializable]
    public class EntryPointNotFoundException : TypeLoadException
    {
        public EntryPointNotFoundException() : base("Entry point was not found.") { HResult = unchecked((int)0x80131523); }
        public EntryPointNotFoundException(string message) : base(message ?? "Entry point was not found.") { HResult = unchecked((int)0x80131523); }
        public EntryPointNotFoundException(string message, Exception innerException) : base(message ?? "Entry point was not found.", innerException) { HResult = unchecked((int)0x80131523); }
    }

    [Serializable]
    public class DllNotFoundException : TypeLoadException
    {
        public DllNotFoundException() : base("Dll was not found.") { HResult = unchecked((int)0x80131524); }
        public DllNotFoundException(string message) : base(message ?? "Dll was not found.") { HResult = unchecked((int)0x80131524); }
        public DllNotFoundException(string message, Exception innerException) : base(message ?? "Dll was not found.", innerException) { HResult = unchecked((int)0x80131524); }
    }

    [Serializable]
    public class BadImageFormatException : SystemException
    {
        public BadImageFormatException() : base("Format of the executable (.exe) or library (.dll) is invalid.") { HResult = unchecked((int)0x8007000B); }
        public BadImageFormatException(string message) : base(message ?? "Format of the executable (.exe) or library (.dll) is invalid.") { HResult = unchecked((int)0x8007000B); }
        public BadImageFormatException(string message, Exception innerException) : base(message ?? "Format of the executable (.exe) or library (.dll) is invalid.", innerException) { HResult = unchecked((int)0x8007000B); }
    }

    [Serializable]
    public class RankException : SystemException
    {
        public RankException() : base("Attempted to operate on an array with the incorrect number of dimensions.") { HResult = unchecked((int)0x80131517); }
        public RankException(string message) : base(message ?? "Attempted to operate on an array with the incorrect number of dimensions.") { HResult = unchecked((int)0x80131517); }
        public RankException(string message, Exception innerException) : base(message ?? "Attempted to operate on an array with the incorrect number of dimensions.", innerException) { HResult = unchecked((int)0x80131517); }
    }

    [Serializable]
    public class PlatformNotSupportedException : NotSupportedException
    {
        public PlatformNotSupportedException() : base("Operation is not supported on this platform.") { HResult = unchecked((int)0x80131539); }
        public PlatformNotSupportedException(string message) : base(message ?? "Operation is not supported on this platform.") { HResult = unchecked((int)0x80131539); }
        public PlatformNotSupportedException(string message, Exception innerException) : base(message ?? "Operation is not supported on this platform.", innerException) { HResult = unchecked((int)0x80131539); }
    }

    [Serializable]
    public class TimeoutException : SystemException
    {
        public TimeoutException() : base("The operation has timed out.") { HResult = unchecked((int)0x80131505); }
        public TimeoutException(string message) : base(message ?? "The operation has timed out.") { HResult = unchecked((int)0x80131505); }
        public TimeoutException(string message, Exception innerException) : base(message ?? "The operation has timed out.", innerException) { HResult = unchecked((int)0x80131505); }
    }

    [Serializable]
    public sealed class MulticastNotSupportedException : SystemException
    {
        public MulticastNotSupportedException() : base("Attempted to add multiple callbacks to a delegate that does not support multicast.") { HResult = unchecked((int)0x80131514); }
        public MulticastNotSupportedException(string message) : base(message ?? "Attempted to add multiple callbacks to a delegate that does not support multicast.") { HResult = unchecked((int)0x80131514); }
        public MulticastNotSupportedException(string message, Exception innerException) : base(message ?? "Attempted to add multiple callbacks to a delegate that does not support multicast.", innerException) { HResult = unchecked((int)0x80131514); }
    }

    [Serializable]
    public sealed class DataMisalignedException : SystemException
    {
        public DataMisalignedException() : base("A datatype misalignment was detected in a load or store instruction.") { HResult = unchecked((int)0x80131541); }
        public DataMisalignedException(string message) : base(message ?? "A datatype misalignment was detected in a load or store instruction.") { HResult = unchecked((int)0x80131541); }
        public DataMisalignedException(string message, Exception innerException) : base(message ?? "A datatype misalignment was detected in a load or store instruction.", innerException) { HResult = unchecked((int)0x80131541); }
    }

    [Serializable]
    public class UnauthorizedAccessException : SystemException
    {
        public UnauthorizedAccessException() : base("Attempted to perform an unauthorized operation.") { HResult = unchecked((int)0x80070005); }
        public UnauthorizedAccessException(string message) : base(message ?? "Attempted to perform an unauthorized operation.") { HResult = unchecked((int)0x80070005); }
        public UnauthorizedAccessException(string message, Exception innerException) : base(message ?? "Attempted to perform an unauthorized operation.", innerException) { HResult = unchecked((int)0x80070005); }
    }

    [Serializable]
    public class TypeUnloadedException : SystemException
    {
        public TypeUnloadedException() : base("Type had been unloaded.") { HResult = unchecked((int)0x80131013); }
        public TypeUnloadedException(string message) : base(message ?? "Type had been unloaded.") { HResult = unchecked((int)0x80131013); }
        public TypeUnloadedException(string message, Exception innerException) : base(message ?? "Type had been unloaded.", innerException) { HResult = unchecked((int)0x80131013); }
    }

    [Serializable]
    public class ContextMarshalException : SystemException
    {
        public ContextMarshalException() : base("Attempted to marshal an object across a context boundary.") { HResult = unchecked((int)0x80131504); }
        public ContextMarshalException(string message) : base(message ?? "Attempted to marshal an object across a context boundary.") { HResult = unchecked((int)0x80131504); }
        public ContextMarshalException(string message, Exception innerException) : base(message ?? "Attempted to marshal an object across a context boundary.", innerException) { HResult = unchecked((int)0x80131504); }
    }

    [Serializable]
    public class InvalidTimeZoneException : Exception
    {
        public InvalidTimeZoneException() : base("Exception of type 'System.InvalidTimeZoneException' was thrown.") { HResult = unchecked((int)0x80131500); }
        public InvalidTimeZoneException(string message) : base(message ?? "Exception of type 'System.InvalidTimeZoneException' was thrown.") { HResult = unchecked((int)0x80131500); }
        public InvalidTimeZoneException(string message, Exception innerException) : base(message ?? "Exception of type 'System.InvalidTimeZoneException' was thrown.", innerException) { HResult = unchecked((int)0x80131500); }
    }

    [Serializable]
    public class TimeZoneNotFoundException : Exception
    {
        public TimeZoneNotFoundException() : base("Exception of type 'System.TimeZoneNotFoundException' was thrown.") { HResult = unchecked((int)0x80131500); }
        public TimeZoneNotFoundException(string message) : base(message ?? "Exception of type 'System.TimeZoneNotFoundException' was thrown.") { HResult = unchecked((int)0x80131500); }
        public TimeZoneNotFoundException(string message, Exception innerException) : base(message ?? "Exception of type 'System.TimeZoneNotFoundException' was thrown.", innerException) { HResult = unchecked((int)0x80131500); }
    }

}

namespace System.Collections.Generic
{
    [Serializable]
    public class KeyNotFoundException : SystemException
    {
        public KeyNotFoundException() : base("The given key was not present in the dictionary.") { HResult = unchecked((int)0x80131577); }
        public KeyNotFoundException(string message) : base(message ?? "The given key was not present in the dictionary.") { HResult = unchecked((int)0x80131577); }
        public KeyNotFoundException(string message, Exception innerException) : base(message ?? "The given key was not present in the dictionary.", innerException) { HResult = unchecked((int)0x80131577); }
    }

}

namespace System.IO
{
    [Serializable]
    public class IOException : SystemException
    {
        public IOException() : base("I/O error occurred.") { HResult = unchecked((int)0x80131620); }
        public IOException(string message) : base(message ?? "I/O error occurred.") { HResult = unchecked((int)0x80131620); }
        public IOException(string message, Exception innerException) : base(message ?? "I/O error occurred.", innerException) { HResult = unchecked((int)0x80131620); }
    }

    [Serializable]
    public class EndOfStreamException : IOException
    {
        public EndOfStreamException() : base("Attempted to read past the end of the stream.") { HResult = unchecked((int)0x80070026); }
        public EndOfStreamException(string message) : base(message ?? "Attempted to read past the end of the stream.") { HResult = unchecked((int)0x80070026); }
        public EndOfStreamException(string message, Exception innerException) : base(message ?? "Attempted to read past the end of the stream.", innerException) { HResult = unchecked((int)0x80070026); }
    }

    [Serializable]
    public class DirectoryNotFoundException : IOException
    {
        public DirectoryNotFoundException() : base("Attempted to access a path that is not on the disk.") { HResult = unchecked((int)0x80070003); }
        public DirectoryNotFoundException(string message) : base(message ?? "Attempted to access a path that is not on the disk.") { HResult = unchecked((int)0x80070003); }
        public DirectoryNotFoundException(string message, Exception innerException) : base(message ?? "Attempted to access a path that is not on the disk.", innerException) { HResult = unchecked((int)0x80070003); }
    }

    [Serializable]
    public class PathTooLongException : IOException
    {
        public PathTooLongException() : base("The specified file name or path is too long, or a component of the specified path is too long.") { HResult = unchecked((int)0x800700CE); }
        public PathTooLongException(string message) : base(message ?? "The specified file name or path is too long, or a component of the specified path is too long.") { HResult = unchecked((int)0x800700CE); }
        public PathTooLongException(string message, Exception innerException) : base(message ?? "The specified file name or path is too long, or a component of the specified path is too long.", innerException) { HResult = unchecked((int)0x800700CE); }
    }

    [Serializable]
    public sealed class InvalidDataException : SystemException
    {
        public InvalidDataException() : base("Found invalid data while decoding.") { HResult = unchecked((int)0x80131501); }
        public InvalidDataException(string message) : base(message ?? "Found invalid data while decoding.") { HResult = unchecked((int)0x80131501); }
        public InvalidDataException(string message, Exception innerException) : base(message ?? "Found invalid data while decoding.", innerException) { HResult = unchecked((int)0x80131501); }
    }

}

namespace System.Threading
{
    [Serializable]
    public class SynchronizationLockException : SystemException
    {
        public SynchronizationLockException() : base("Object synchronization method was called from an unsynchronized block of code.") { HResult = unchecked((int)0x80131518); }
        public SynchronizationLockException(string message) : base(message ?? "Object synchronization method was called from an unsynchronized block of code.") { HResult = unchecked((int)0x80131518); }
        public SynchronizationLockException(string message, Exception innerException) : base(message ?? "Object synchronization method was called from an unsynchronized block of code.", innerException) { HResult = unchecked((int)0x80131518); }
    }

    [Serializable]
    public class ThreadInterruptedException : SystemException
    {
        public ThreadInterruptedException() : base("Thread was interrupted from a waiting state.") { HResult = unchecked((int)0x80131519); }
        public ThreadInterruptedException(string message) : base(message ?? "Thread was interrupted from a waiting state.") { HResult = unchecked((int)0x80131519); }
        public ThreadInterruptedException(string message, Exception innerException) : base(message ?? "Thread was interrupted from a waiting state.", innerException) { HResult = unchecked((int)0x80131519); }
    }

    [Serializable]
    public class ThreadStateException : SystemException
    {
        public ThreadStateException() : base("Thread was in an invalid state for the operation being executed.") { HResult = unchecked((int)0x80131520); }
        public ThreadStateException(string message) : base(message ?? "Thread was in an invalid state for the operation being executed.") { HResult = unchecked((int)0x80131520); }
        public ThreadStateException(string message, Exception innerException) : base(message ?? "Thread was in an invalid state for the operation being executed.", innerException) { HResult = unchecked((int)0x80131520); }
    }

    [Serializable]
    public class LockRecursionException : Exception
    {
        public LockRecursionException() : base("Exception of type 'System.Threading.LockRecursionException' was thrown.") { HResult = unchecked((int)0x80131500); }
        public LockRecursionException(string message) : base(message ?? "Exception of type 'System.Threading.LockRecursionException' was thrown.") { HResult = unchecked((int)0x80131500); }
        public LockRecursionException(string message, Exception innerException) : base(message ?? "Exception of type 'System.Threading.LockRecursionException' was thrown.", innerException) { HResult = unchecked((int)0x80131500); }
    }

    [Serializable]
    public class SemaphoreFullException : SystemException
    {
        public SemaphoreFullException() : base("Adding the specified count to the semaphore would cause it to exceed its maximum count.") { HResult = unchecked((int)0x80131501); }
        public SemaphoreFullException(string message) : base(message ?? "Adding the specified count to the semaphore would cause it to exceed its maximum count.") { HResult = unchecked((int)0x80131501); }
        public SemaphoreFullException(string message, Exception innerException) : base(message ?? "Adding the specified count to the semaphore would cause it to exceed its maximum count.", innerException) { HResult = unchecked((int)0x80131501); }
    }

    [Serializable]
    public class WaitHandleCannotBeOpenedException : ApplicationException
    {
        public WaitHandleCannotBeOpenedException() : base("No handle of the given name exists.") { HResult = unchecked((int)0x8013152C); }
        public WaitHandleCannotBeOpenedException(string message) : base(message ?? "No handle of the given name exists.") { HResult = unchecked((int)0x8013152C); }
        public WaitHandleCannotBeOpenedException(string message, Exception innerException) : base(message ?? "No handle of the given name exists.", innerException) { HResult = unchecked((int)0x8013152C); }
    }

    [Serializable]
    public class AbandonedMutexException : SystemException
    {
        public AbandonedMutexException() : base("The wait completed due to an abandoned mutex.") { HResult = unchecked((int)0x8013152D); }
        public AbandonedMutexException(string message) : base(message ?? "The wait completed due to an abandoned mutex.") { HResult = unchecked((int)0x8013152D); }
        public AbandonedMutexException(string message, Exception innerException) : base(message ?? "The wait completed due to an abandoned mutex.", innerException) { HResult = unchecked((int)0x8013152D); }
    }

}

namespace System.Threading.Tasks
{
    [Serializable]
    public class TaskSchedulerException : Exception
    {
        public TaskSchedulerException() : base("An exception was thrown by a TaskScheduler.") { HResult = unchecked((int)0x80131500); }
        public TaskSchedulerException(string message) : base(message ?? "An exception was thrown by a TaskScheduler.") { HResult = unchecked((int)0x80131500); }
        public TaskSchedulerException(string message, Exception innerException) : base(message ?? "An exception was thrown by a TaskScheduler.", innerException) { HResult = unchecked((int)0x80131500); }
    }

}

namespace System.Security
{
    [Serializable]
    public class SecurityException : SystemException
    {
        public SecurityException() : base("Security error.") { HResult = unchecked((int)0x8013150A); }
        public SecurityException(string message) : base(message ?? "Security error.") { HResult = unchecked((int)0x8013150A); }
        public SecurityException(string message, Exception innerException) : base(message ?? "Security error.", innerException) { HResult = unchecked((int)0x8013150A); }
    }

    [Serializable]
    public class VerificationException : SystemException
    {
        public VerificationException() : base("Operation could destabilize the runtime.") { HResult = unchecked((int)0x8013150D); }
        public VerificationException(string message) : base(message ?? "Operation could destabilize the runtime.") { HResult = unchecked((int)0x8013150D); }
        public VerificationException(string message, Exception innerException) : base(message ?? "Operation could destabilize the runtime.", innerException) { HResult = unchecked((int)0x8013150D); }
    }

}

namespace System.Reflection
{
    [Serializable]
    public class TargetException : ApplicationException
    {
        public TargetException() : base("Exception of type 'System.Reflection.TargetException' was thrown.") { HResult = unchecked((int)0x80131603); }
        public TargetException(string message) : base(message ?? "Exception of type 'System.Reflection.TargetException' was thrown.") { HResult = unchecked((int)0x80131603); }
        public TargetException(string message, Exception innerException) : base(message ?? "Exception of type 'System.Reflection.TargetException' was thrown.", innerException) { HResult = unchecked((int)0x80131603); }
    }

    [Serializable]
    public sealed class TargetParameterCountException : ApplicationException
    {
        public TargetParameterCountException() : base("Number of parameters specified does not match the expected number.") { HResult = unchecked((int)0x8002000E); }
        public TargetParameterCountException(string message) : base(message ?? "Number of parameters specified does not match the expected number.") { HResult = unchecked((int)0x8002000E); }
        public TargetParameterCountException(string message, Exception innerException) : base(message ?? "Number of parameters specified does not match the expected number.", innerException) { HResult = unchecked((int)0x8002000E); }
    }

    [Serializable]
    public sealed class AmbiguousMatchException : SystemException
    {
        public AmbiguousMatchException() : base("Ambiguous match found.") { HResult = unchecked((int)0x8000211D); }
        public AmbiguousMatchException(string message) : base(message ?? "Ambiguous match found.") { HResult = unchecked((int)0x8000211D); }
        public AmbiguousMatchException(string message, Exception innerException) : base(message ?? "Ambiguous match found.", innerException) { HResult = unchecked((int)0x8000211D); }
    }

}

namespace System.Runtime.Serialization
{
    [Serializable]
    public class SerializationException : SystemException
    {
        public SerializationException() : base("Serialization error.") { HResult = unchecked((int)0x8013150C); }
        public SerializationException(string message) : base(message ?? "Serialization error.") { HResult = unchecked((int)0x8013150C); }
        public SerializationException(string message, Exception innerException) : base(message ?? "Serialization error.", innerException) { HResult = unchecked((int)0x8013150C); }
    }

}

namespace System.Runtime.InteropServices
{
    [Serializable]
    public class ExternalException : SystemException
    {
        public ExternalException() : base("External component has thrown an exception.") { HResult = unchecked((int)0x80004005); }
        public ExternalException(string message) : base(message ?? "External component has thrown an exception.") { HResult = unchecked((int)0x80004005); }
        public ExternalException(string message, Exception innerException) : base(message ?? "External component has thrown an exception.", innerException) { HResult = unchecked((int)0x80004005); }
    }

    [Serializable]
    public class COMException : ExternalException
    {
        public COMException() : base("Unexpected HRESULT has been returned from a call to a COM component.") { HResult = unchecked((int)0x80004005); }
        public COMException(string message) : base(message ?? "Unexpected HRESULT has been returned from a call to a COM component.") { HResult = unchecked((int)0x80004005); }
        public COMException(string message, Exception innerException) : base(message ?? "Unexpected HRESULT has been returned from a call to a COM component.", innerException) { HResult = unchecked((int)0x80004005); }
    }

    [Serializable]
    public class SEHException : ExternalException
    {
        public SEHException() : base("External component has thrown an exception.") { HResult = unchecked((int)0x80004005); }
        public SEHException(string message) : base(message ?? "External component has thrown an exception.") { HResult = unchecked((int)0x80004005); }
        public SEHException(string message, Exception innerException) : base(message ?? "External component has thrown an exception.", innerException) { HResult = unchecked((int)0x80004005); }
    }

    [Serializable]
    public class MarshalDirectiveException : SystemException
    {
        public MarshalDirectiveException() : base("Marshaling directives are invalid.") { HResult = unchecked((int)0x80131535); }
        public MarshalDirectiveException(string message) : base(message ?? "Marshaling directives are invalid.") { HResult = unchecked((int)0x80131535); }
        public MarshalDirectiveException(string message, Exception innerException) : base(message ?? "Marshaling directives are invalid.", innerException) { HResult = unchecked((int)0x80131535); }
    }

}
