// A complete program: a bank ledger — accounts with required/init members, transactions as
// records, an event raised on overdraft, LINQ query syntax reports (group/join/orderby),
// decimal arithmetic with format specifiers and alignment, and custom exceptions.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

[Flags]
enum AccountFlags { None = 0, Frozen = 1, Overdraft = 2, Business = 4, Joint = 8 }

enum TxKind { Deposit, Withdrawal, TransferIn, TransferOut, Fee, Interest }

sealed record Transaction(int Id, string Account, TxKind Kind, decimal Amount, DateOnly Date, string? Memo = null)
{
    public decimal Signed => Kind is TxKind.Deposit or TxKind.TransferIn or TxKind.Interest ? Amount : -Amount;
}

sealed class Account
{
    public required string Number { get; init; }
    public required string Owner { get; init; }
    public AccountFlags Flags { get; set; }
    public decimal OverdraftLimit { get; init; }
    public decimal Balance { get; internal set; }
    public override string ToString() => $"{Number} ({Owner})";
}

class LedgerException(string message) : Exception(message);
sealed class InsufficientFundsException(Account account, decimal requested)
    : LedgerException($"insufficient funds in {account.Number}: balance {account.Balance:C}, requested {requested:C}")
{
    public Account Account { get; } = account;
    public decimal Shortfall { get; } = requested - account.Balance - account.OverdraftLimit;
}
sealed class FrozenAccountException(Account account) : LedgerException($"account {account.Number} is frozen");

sealed class OverdraftEventArgs(Account account, decimal balance) : EventArgs
{
    public Account Account { get; } = account;
    public decimal Balance { get; } = balance;
}

sealed class Ledger
{
    private readonly Dictionary<string, Account> _accounts = new();
    private readonly List<Transaction> _journal = new();
    private int _nextId = 1000;

    public event EventHandler<OverdraftEventArgs>? WentOverdrawn;
    public IReadOnlyList<Transaction> Journal => _journal;
    public IEnumerable<Account> Accounts => _accounts.Values;

    public Account Open(string number, string owner, AccountFlags flags = AccountFlags.None, decimal overdraft = 0m)
    {
        var acct = new Account { Number = number, Owner = owner, Flags = flags, OverdraftLimit = overdraft };
        if (!_accounts.TryAdd(number, acct)) throw new LedgerException($"duplicate account {number}");
        return acct;
    }

    public Account this[string number] =>
        _accounts.TryGetValue(number, out var a) ? a : throw new KeyNotFoundException($"no account '{number}'");

    private void Post(Account acct, TxKind kind, decimal amount, DateOnly date, string? memo)
    {
        if (amount <= 0) throw new ArgumentOutOfRangeException(nameof(amount), amount, "amount must be positive");
        if ((acct.Flags & AccountFlags.Frozen) != 0) throw new FrozenAccountException(acct);
        var tx = new Transaction(_nextId++, acct.Number, kind, amount, date, memo);
        decimal after = acct.Balance + tx.Signed;
        if (after < -acct.OverdraftLimit) throw new InsufficientFundsException(acct, amount);
        bool wasPositive = acct.Balance >= 0;
        acct.Balance = after;
        _journal.Add(tx);
        if (wasPositive && after < 0) WentOverdrawn?.Invoke(this, new OverdraftEventArgs(acct, after));
    }

    public void Deposit(string n, decimal amt, DateOnly d, string? memo = null) => Post(this[n], TxKind.Deposit, amt, d, memo);
    public void Withdraw(string n, decimal amt, DateOnly d, string? memo = null) => Post(this[n], TxKind.Withdrawal, amt, d, memo);

    public void Transfer(string from, string to, decimal amt, DateOnly d)
    {
        var src = this[from];
        var dst = this[to];
        Post(src, TxKind.TransferOut, amt, d, $"to {to}");
        try
        {
            Post(dst, TxKind.TransferIn, amt, d, $"from {from}");
        }
        catch (LedgerException)
        {
            // Undo the first leg so the books stay balanced.
            src.Balance += amt;
            _journal.RemoveAt(_journal.Count - 1);
            throw;
        }
    }

    public void MonthEnd(DateOnly d)
    {
        foreach (var a in _accounts.Values.Where(a => (a.Flags & AccountFlags.Frozen) == 0).ToList())
        {
            if (a.Balance < 0)
                Post(a, TxKind.Fee, Math.Round(-a.Balance * 0.015m + 2.50m, 2, MidpointRounding.AwayFromZero), d, "overdraft fee");
            else if (a.Balance > 0)
            {
                decimal rate = a.Flags.HasFlag(AccountFlags.Business) ? 0.001m : 0.0025m;
                decimal interest = Math.Round(a.Balance * rate, 2, MidpointRounding.ToEven);
                if (interest > 0) Post(a, TxKind.Interest, interest, d, $"interest @ {rate:P2}");
            }
        }
    }
}

static class Program
{
    static void Try(string what, Action action)
    {
        try { action(); Console.WriteLine($"ok     {what}"); }
        catch (InsufficientFundsException e) when (e.Shortfall > 100) { Console.WriteLine($"BIG    {what}: {e.Message} (short {e.Shortfall:N2})"); }
        catch (InsufficientFundsException e) { Console.WriteLine($"short  {what}: {e.Message}"); }
        catch (LedgerException e) { Console.WriteLine($"refuse {what}: {e.GetType().Name}: {e.Message}"); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine($"arg    {what}: {e.ParamName} = {e.ActualValue}"); }
        catch (KeyNotFoundException e) { Console.WriteLine($"lookup {what}: {e.Message}"); }
    }

    static void Main()
    {
        var ledger = new Ledger();
        var overdrafts = new List<string>();
        ledger.WentOverdrawn += (_, e) => overdrafts.Add($"{e.Account.Number} -> {e.Balance:F2}");
        ledger.WentOverdrawn += (sender, e) => Console.WriteLine($"  [event] {e.Account} overdrawn: {e.Balance,10:N2} (sender is Ledger: {sender is Ledger})");

        ledger.Open("CHK-001", "Ada", AccountFlags.Overdraft, overdraft: 500m);
        ledger.Open("SAV-001", "Ada");
        ledger.Open("BUS-042", "Babbage & Co", AccountFlags.Business | AccountFlags.Overdraft, 2_000m);
        ledger.Open("JNT-007", "Grace & Alan", AccountFlags.Joint);

        var d0 = new DateOnly(2024, 1, 1);
        Try("open duplicate", () => ledger.Open("SAV-001", "Eve"));
        Try("deposit 1200", () => ledger.Deposit("CHK-001", 1200m, d0));
        Try("deposit 5000", () => ledger.Deposit("SAV-001", 5000.00m, d0.AddDays(1)));
        Try("deposit 15k", () => ledger.Deposit("BUS-042", 15_000.50m, d0.AddDays(2), "seed round"));
        Try("deposit 800", () => ledger.Deposit("JNT-007", 800m, d0.AddDays(2)));
        Try("withdraw 1500", () => ledger.Withdraw("CHK-001", 1500m, d0.AddDays(3), "rent"));
        Try("withdraw 300", () => ledger.Withdraw("CHK-001", 300m, d0.AddDays(4)));
        Try("withdraw 900 joint", () => ledger.Withdraw("JNT-007", 900m, d0.AddDays(4)));
        Try("withdraw 50 joint", () => ledger.Withdraw("JNT-007", 50.25m, d0.AddDays(5)));
        Try("negative", () => ledger.Deposit("SAV-001", -5m, d0.AddDays(5)));
        Try("transfer 2000", () => ledger.Transfer("SAV-001", "CHK-001", 2000m, d0.AddDays(6)));
        Try("transfer to unknown", () => ledger.Transfer("SAV-001", "XXX-999", 10m, d0.AddDays(6)));
        Try("biz payroll", () => ledger.Withdraw("BUS-042", 16_250.75m, d0.AddDays(10), "payroll"));
        ledger["JNT-007"].Flags |= AccountFlags.Frozen;
        Try("frozen deposit", () => ledger.Deposit("JNT-007", 10m, d0.AddDays(11)));
        Try("transfer into frozen", () => ledger.Transfer("SAV-001", "JNT-007", 100m, d0.AddDays(11)));
        ledger.MonthEnd(new DateOnly(2024, 1, 31));
        Try("feb deposit", () => ledger.Deposit("BUS-042", 3_333.33m, new DateOnly(2024, 2, 3)));
        ledger.MonthEnd(new DateOnly(2024, 2, 29));

        Console.WriteLine();
        Console.WriteLine("Overdrafts: " + string.Join("; ", overdrafts));
        Console.WriteLine();
        Console.WriteLine($"{"Account",-9} {"Owner",-14} {"Flags",-22} {"Balance",12}");
        Console.WriteLine(new string('-', 60));
        foreach (var a in ledger.Accounts.OrderByDescending(a => a.Balance))
            Console.WriteLine($"{a.Number,-9} {a.Owner,-14} {a.Flags,-22} {a.Balance,12:N2}");
        Console.WriteLine($"{"Total",-47}{ledger.Accounts.Sum(a => a.Balance),13:N2}");

        Console.WriteLine();
        Console.WriteLine("Journal by kind:");
        var byKind =
            from tx in ledger.Journal
            group tx by tx.Kind into g
            let total = g.Sum(t => t.Amount)
            orderby total descending
            select new { Kind = g.Key, Count = g.Count(), Total = total, Largest = g.Max(t => t.Amount) };
        foreach (var row in byKind)
            Console.WriteLine($"  {row.Kind,-12}{row.Count,3} tx  {row.Total,12:C}  max {row.Largest,10:0.00}");

        Console.WriteLine();
        Console.WriteLine("Per owner, per month:");
        var perOwner =
            from a in ledger.Accounts
            join tx in ledger.Journal on a.Number equals tx.Account
            group tx.Signed by (a.Owner, Month: tx.Date.Month) into g
            orderby g.Key.Owner, g.Key.Month
            select (g.Key.Owner, g.Key.Month, Net: g.Sum());
        foreach (var (owner, month, net) in perOwner)
            Console.WriteLine($"  {owner,-14} {new DateOnly(2024, month, 1):MMM yyyy}  {net,+12:+#,##0.00;-#,##0.00;zero}");

        Console.WriteLine();
        var memos = ledger.Journal.Where(t => t.Memo is { Length: > 0 }).Select(t => $"#{t.Id}:{t.Memo}");
        Console.WriteLine("Memos: " + string.Join(", ", memos));

        var balanceCheck = ledger.Journal.GroupBy(t => t.Account).ToDictionary(g => g.Key, g => g.Sum(t => t.Signed));
        bool balanced = ledger.Accounts.All(a => balanceCheck.GetValueOrDefault(a.Number) == a.Balance);
        Console.WriteLine($"Books balance: {balanced}");

        var sb = new StringBuilder();
        foreach (var tx in ledger.Journal.Where(t => t.Account == "CHK-001"))
            sb.AppendFormat("{0:yyyy-MM-dd} {1,-11} {2,9:F2}\n", tx.Date, tx.Kind, tx.Signed);
        Console.Write(sb);
        Console.WriteLine(ledger.Journal[^1]);
        Console.WriteLine(ledger.Journal[0] with { Id = 1, Memo = "copy" });
        decimal avg = ledger.Journal.Average(t => t.Amount);
        Console.WriteLine($"avg {avg} | {avg:F3} | {avg:E2} | {Math.Round(avg, 1)} | {decimal.Truncate(avg)} | {avg / 3m}");
    }
}
