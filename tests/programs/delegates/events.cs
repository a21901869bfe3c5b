// Events: subscribe, unsubscribe, raising with no subscribers, custom add/remove.
using System;

class Button
{
    public event EventHandler<string> Clicked;
    public void Click(string what) => Clicked?.Invoke(this, what);

    private Action handlers;
    public event Action Custom
    {
        add { Console.WriteLine("add handler"); handlers += value; }
        remove { Console.WriteLine("remove handler"); handlers -= value; }
    }
    public void FireCustom() => handlers?.Invoke();
}

class Listener
{
    public string Name;
    public int Count;
    public void OnClick(object sender, string what)
    {
        Count++;
        Console.WriteLine(Name + " got " + what + " from " + sender.GetType().Name);
    }
}

class Program
{
    static int Main()
    {
        var b = new Button();
        b.Click("nobody listening");
        var l1 = new Listener { Name = "l1" };
        var l2 = new Listener { Name = "l2" };
        b.Clicked += l1.OnClick;
        b.Clicked += l2.OnClick;
        b.Click("first");
        b.Clicked -= l1.OnClick;
        b.Click("second");
        Console.WriteLine("counts " + l1.Count + " " + l2.Count);
        Action h = () => Console.WriteLine("custom fired");
        b.Custom += h;
        b.FireCustom();
        b.Custom -= h;
        b.FireCustom();
        return 0;
    }
}
