namespace ArmsWatch.Text;

/// <summary>A token as the tokenizer finds it: its offsets, its normalised text and the line breaks before it.</summary>
/// <param name="LineBreaksBefore">How many line breaks the whitespace before the token holds (2 or more: a paragraph break).</param>
public readonly record struct TokenSpan(int Start, int End, string Text, int LineBreaksBefore);
