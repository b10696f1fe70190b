namespace ArmsWatch.Documents;

/// <summary>The one error type for bad input: names the input and says what is wrong with it.</summary>
public sealed class InputException(string input, string reason, Exception? inner = null)
    : Exception($"{input}: {reason}", inner)
{
    /// <summary>The file, URL or record that could not be used.</summary>
    public string Input { get; } = input;

    /// <summary>What is wrong with it, in words a user can act on.</summary>
    public string Reason { get; } = reason;
}
