// .NET's size limits: an array over Array.MaxLength and a string over String.MaxLength
// throw OutOfMemoryException before allocating; a long length over int range overflows.
using System;
class P { static void Main() {
 try { var a = new byte[int.MaxValue]; Console.WriteLine(a.Length); } catch (OutOfMemoryException e) { Console.WriteLine("byte[]: " + e.Message); }
 try { var s = new string('x', int.MaxValue); Console.WriteLine(s.Length); } catch (OutOfMemoryException e) { Console.WriteLine("string: " + e.Message); }
 try { long n = 1L << 31; var a = new int[n]; Console.WriteLine(a.Length); } catch (Exception e) { Console.WriteLine("long length: " + e.GetType().Name + ": " + e.Message); }
} }
