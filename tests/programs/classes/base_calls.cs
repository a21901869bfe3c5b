// base.M() is a non-virtual call to the parent's implementation, also through
// properties, indexers and ToString.
using System;

class Account
{
    protected int balance;
    public virtual int Balance { get => balance; set => balance = value; }
    public virtual string this[int i] => "Account[" + i + "]";
    public virtual void Deposit(int n) { balance += n; Console.WriteLine("Account.Deposit " + n); }
    public override string ToString() => "Account(" + balance + ")";
}

class Savings : Account
{
    public override int Balance
    {
        get => base.Balance + 1;
        set => base.Balance = value * 2;
    }
    public override string this[int i] => "Savings>" + base[i + 1];
    public override void Deposit(int n)
    {
        Console.WriteLine("Savings.Deposit " + n);
        base.Deposit(n + 10);
    }
    public override string ToString() => "Savings:" + base.ToString();
}

class Premium : Savings
{
    public override void Deposit(int n)
    {
        Console.WriteLine("Premium.Deposit " + n);
        base.Deposit(n * 100);
    }
}

class Program
{
    static int Main()
    {
        Account a = new Premium();
        a.Deposit(1);
        Console.WriteLine(a.ToString());
        a.Balance = 5;
        Console.WriteLine("balance " + a.Balance);
        Console.WriteLine(a[3]);
        return 0;
    }
}
