using Monitoring.Simulator;

// The traffic generator of Monitoring Center 110. Only ever point it at a center you run yourself.
return await SimulatorCommand.Create().Parse(args).InvokeAsync();
