// Fault fixture: virtual calls, but on another type.
using System;
class Other { public virtual int Hit() => 7; }
class Program { static int Main() { Console.WriteLine(new Other().Hit()); return 0; } }
