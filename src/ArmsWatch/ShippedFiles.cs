namespace ArmsWatch;

/// <summary>Where the data files and models that ship with ArmsWatch are found at run time.</summary>
public static class ShippedFiles
{
    /// <summary>The data folder copied beside the assembly (lexicons, catalogues).</summary>
    public static string DataDirectory => Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>The models folder copied beside the assembly (tagger, parser).</summary>
    public static string ModelsDirectory => Path.Combine(AppContext.BaseDirectory, "models");

    public static string Data(string fileName) => Path.Combine(DataDirectory, fileName);

}
