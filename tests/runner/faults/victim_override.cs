// Fault fixture: a virtual call dispatched to Victim's override.
using System;
class Base { public virtual string Name() => "base"; }
class Victim : Base { public override string Name() => "victim"; }
class Program { static int Main() { Base b = new Victim(); Console.WriteLine(b.Name()); return 0; } }
