// A complete program: a text adventure driven by standard input — rooms and items in
// dictionaries, a command parser with list patterns, a state machine for a locked door and
// a lamp, [Flags] state, scoring, and a transcript summary at the end.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

[Flags]
enum Progress
{
    None = 0,
    HasLamp = 1 << 0,
    LampLit = 1 << 1,
    DoorUnlocked = 1 << 2,
    FoundTreasure = 1 << 3,
    FedTroll = 1 << 4,
    Won = HasLamp | DoorUnlocked | FoundTreasure,
}

enum Direction { North, South, East, West, Up, Down }

sealed record Item(string Name, string Description, int Points = 0, bool Portable = true);

sealed class Room(string name, string description, bool dark = false)
{
    public string Name { get; } = name;
    public string Description { get; } = description;
    public bool Dark { get; } = dark;
    public Dictionary<Direction, string> Exits { get; } = new();
    public List<Item> Items { get; } = new();
    public int Visits { get; set; }
}

sealed class Game
{
    readonly Dictionary<string, Room> _rooms = new(StringComparer.OrdinalIgnoreCase);
    readonly List<Item> _inventory = new();
    readonly List<string> _log = new();
    Room _here;
    Progress _state;
    int _score;
    int _moves;
    public bool Over { get; private set; }

    public Game()
    {
        Room Add(Room r) { _rooms[r.Name] = r; return r; }
        void Link(Room a, Direction d, Room b)
        {
            a.Exits[d] = b.Name;
            b.Exits[Opposite(d)] = a.Name;
        }
        var hall = Add(new Room("Hall", "A draughty hall with a coat rack."));
        var kitchen = Add(new Room("Kitchen", "Smells of old bread."));
        var cellar = Add(new Room("Cellar", "Damp stone walls.", dark: true));
        var vault = Add(new Room("Vault", "A small vault behind an iron door."));
        var garden = Add(new Room("Garden", "Overgrown. A troll sleeps by the gate."));
        Link(hall, Direction.East, kitchen);
        Link(kitchen, Direction.Down, cellar);
        Link(hall, Direction.South, garden);
        hall.Items.Add(new Item("coat", "A moth-eaten coat."));
        hall.Items.Add(new Item("rack", "Bolted to the wall.", Portable: false));
        kitchen.Items.Add(new Item("lamp", "A brass oil lamp.", 5));
        kitchen.Items.Add(new Item("bread", "Stale, but a troll might like it."));
        cellar.Items.Add(new Item("key", "An iron key.", 10));
        vault.Items.Add(new Item("treasure", "A chest of coins!", 50));
        garden.Items.Add(new Item("flower", "A blue flower.", 1));
        _here = hall;
        vault.Exits[Direction.West] = cellar.Name;
    }

    static Direction Opposite(Direction d) => d switch
    {
        Direction.North => Direction.South, Direction.South => Direction.North,
        Direction.East => Direction.West, Direction.West => Direction.East,
        Direction.Up => Direction.Down, Direction.Down => Direction.Up,
        _ => throw new ArgumentOutOfRangeException(nameof(d)),
    };

    bool CanSee => !_here.Dark || _state.HasFlag(Progress.LampLit);

    void Say(string text) { Console.WriteLine(text); _log.Add(text); }

    public void Look()
    {
        if (!CanSee) { Say("It is pitch dark. You might be eaten by a grue."); return; }
        Say($"== {_here.Name} == {_here.Description}");
        if (_here.Items.Count > 0) Say("You see: " + string.Join(", ", _here.Items.Select(i => i.Name)) + ".");
        var exits = _here.Exits.Keys.Select(d => d.ToString().ToLowerInvariant()).ToList();
        if (_here.Name == "Cellar") exits.Add(_state.HasFlag(Progress.DoorUnlocked) ? "east (open door)" : "east (locked door)");
        Say("Exits: " + (exits.Count == 0 ? "none" : string.Join(" ", exits)));
    }

    static bool TryDirection(string word, out Direction dir)
    {
        switch (word)
        {
            case "n": dir = Direction.North; return true;
            case "s": dir = Direction.South; return true;
            case "e": dir = Direction.East; return true;
            case "w": dir = Direction.West; return true;
            case "u": dir = Direction.Up; return true;
            case "d": dir = Direction.Down; return true;
        }
        return Enum.TryParse(word, ignoreCase: true, out dir) && Enum.IsDefined(dir);
    }

    void Go(Direction d)
    {
        string? target = _here.Exits.GetValueOrDefault(d);
        if (_here.Name == "Cellar" && d == Direction.East)
            target = _state.HasFlag(Progress.DoorUnlocked) ? "Vault" : null;
        if (_here.Name == "Garden" && d == Direction.South && !_state.HasFlag(Progress.FedTroll))
        {
            Say("The troll wakes and blocks the gate. It looks hungry.");
            return;
        }
        if (target is null) { Say($"You can't go {d.ToString().ToLower()}."); return; }
        if (!CanSee && d != Direction.Up) { Say("You stumble in the dark and go nowhere."); return; }
        _here = _rooms[target];
        _here.Visits++;
        _moves++;
        Look();
    }

    void Take(string name)
    {
        if (!CanSee) { Say("You grope around but find nothing."); return; }
        var item = _here.Items.FirstOrDefault(i => i.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        switch (item)
        {
            case null: Say($"There is no {name} here."); break;
            case { Portable: false }: Say($"The {item.Name} won't budge."); break;
            default:
                _here.Items.Remove(item);
                _inventory.Add(item);
                _score += item.Points;
                if (item.Name == "lamp") _state |= Progress.HasLamp;
                if (item.Name == "treasure") _state |= Progress.FoundTreasure;
                Say($"Taken: {item.Name}." + (item.Points > 0 ? $" (+{item.Points})" : ""));
                break;
        }
    }

    void Use(string[] words)
    {
        switch (words)
        {
            case ["light", "lamp"] or ["use", "lamp"] when _state.HasFlag(Progress.HasLamp):
                _state |= Progress.LampLit;
                Say("The lamp flickers to life.");
                if (_here.Dark) Look();
                break;
            case ["light", "lamp"] or ["use", "lamp"]:
                Say("You have no lamp.");
                break;
            case ["unlock", "door", ..] when _here.Name != "Cellar":
                Say("There is no door here.");
                break;
            case ["unlock", "door", "with", _] or ["use", _, "on", "door"]:
                string tool = words[0] == "use" ? words[1] : words[3];
                if (tool != "key" || !_inventory.Any(i => i.Name == "key")) Say($"You can't unlock it with {tool}.");
                else if (_state.HasFlag(Progress.DoorUnlocked)) Say("It's already unlocked.");
                else { _state |= Progress.DoorUnlocked; _score += 15; Say("Click. The iron door swings open. (+15)"); }
                break;
            case ["give", "bread", "to", "troll"] or ["feed", "troll"] when _here.Name == "Garden":
                if (_inventory.RemoveAll(i => i.Name == "bread") == 0) Say("You have nothing the troll wants.");
                else { _state |= Progress.FedTroll; _score += 5; Say("The troll munches happily and wanders off. (+5)"); }
                break;
            default:
                Say($"I don't know how to '{string.Join(' ', words)}'.");
                break;
        }
    }

    public void Execute(string line)
    {
        string[] words = line.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Console.WriteLine($"> {line.Trim()}");
        switch (words)
        {
            case []: Say("Say something."); break;
            case ["look"] or ["l"]: Look(); break;
            case ["go", var w] when TryDirection(w, out var d): Go(d); break;
            case [var w] when TryDirection(w, out var d): Go(d); break;
            case ["take" or "get", "all"]:
                foreach (var i in _here.Items.Where(i => i.Portable).ToList()) Take(i.Name);
                break;
            case ["take" or "get", var name]: Take(name); break;
            case ["drop", var name]:
                int idx = _inventory.FindIndex(i => i.Name == name);
                if (idx < 0) Say($"You don't have a {name}.");
                else { _here.Items.Add(_inventory[idx]); _inventory.RemoveAt(idx); Say("Dropped."); }
                break;
            case ["inventory"] or ["i"]:
                Say(_inventory.Count == 0 ? "You carry nothing."
                    : "You carry: " + string.Join(", ", _inventory.OrderBy(i => i.Name).Select(i => $"{i.Name} ({i.Description})")));
                break;
            case ["examine" or "x", var name]:
                var it = _inventory.Concat(_here.Items).FirstOrDefault(i => i.Name == name);
                Say(it?.Description ?? $"You see no {name}.");
                break;
            case ["score"]: Say($"Score {_score} in {_moves} moves; state {_state}."); break;
            case ["quit"]: Over = true; Say("Bye."); break;
            default: Use(words); break;
        }
        if ((_state & Progress.Won) == Progress.Won && _here.Name == "Hall" && !Over)
        {
            Over = true;
            Say($"*** You escape with the treasure! Final score {_score + 20}, {_moves} moves. ***");
        }
    }

    public void Summary()
    {
        Console.WriteLine();
        Console.WriteLine($"Transcript: {_log.Count} lines, {_log.Sum(l => l.Length)} chars");
        foreach (var r in _rooms.Values.OrderByDescending(r => r.Visits).ThenBy(r => r.Name))
            Console.WriteLine($"  {r.Name,-8} visited {r.Visits,2}x, items left: {(r.Items.Count == 0 ? "-" : string.Join("/", r.Items.Select(i => i.Name)))}");
        var flags = Enum.GetValues<Progress>().Where(f => f != Progress.None && f != Progress.Won && _state.HasFlag(f));
        Console.WriteLine("  flags: " + string.Join(", ", flags) + $" = {(int)_state:X2}");
        var words = _log.SelectMany(l => l.Split(' ', '.', ',', '!', '(', ')', ':'))
                        .Where(w => w.Length > 3).Select(w => w.ToLowerInvariant())
                        .GroupBy(w => w).Where(g => g.Count() > 2).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(6);
        Console.WriteLine("  common words: " + string.Join(" ", words.Select(g => $"{g.Key}:{g.Count()}")));
    }
}

static class Program
{
    static int Main()
    {
        var game = new Game();
        game.Look();
        string? line;
        int lines = 0;
        while (!game.Over && (line = Console.ReadLine()) is not null)
        {
            lines++;
            if (line.StartsWith('#')) continue;
            game.Execute(line);
        }
        game.Summary();
        Console.WriteLine($"read {lines} lines; finished: {game.Over}");
        return game.Over ? 0 : 3;
    }
}
