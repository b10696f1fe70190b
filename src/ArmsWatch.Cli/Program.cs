using ArmsWatch.Cli;

return await ArmsWatchCommand.RunAsync(args);
