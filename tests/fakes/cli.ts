// Fake of Obsidian's command line (1.12.2+): the registry behind Plugin.registerCliHandler, and a
// fake-only `run` that plays `obsidian <command> key=value flag` against it.
// Real: obsidian.d.ts 1.13.1, Plugin.registerCliHandler(command, description, flags, handler), CliData
// (`[key: string]: string | 'true'`: a flag given without a value arrives as 'true'), CliFlag
// (`value` placeholder, omitted for boolean flags; `required`), CliHandler returning the text to print.
// "Command IDs must be globally unique. Attempting to register a command that is already registered
// will throw an Error." https://help.obsidian.md/cli

/** A flag as registerCliHandler takes it. */
export interface CliFlag {
	value?: string;
	description: string;
	required?: boolean;
}

/** What a handler receives. */
export type CliData = Record<string, string>;

/** A handler as registerCliHandler takes it. */
export type CliHandler = (params: CliData) => string | Promise<string>;

interface Registered {
	description: string;
	flags: Record<string, CliFlag> | null;
	handler: CliHandler;
}

/** The app's CLI commands. */
export class CliRegistry {
	readonly commands = new Map<string, Registered>();

	register(command: string, description: string, flags: Record<string, CliFlag> | null, handler: CliHandler): void {
		if (this.commands.has(command)) throw new Error(`CLI command ${command} is already registered`);
		this.commands.set(command, { description, flags, handler });
	}

	unregister(command: string): void {
		this.commands.delete(command);
	}

	/** Fake only: what `obsidian <command> [key=value | flag]...` prints. */
	async run(command: string, args: string[] = []): Promise<string> {
		const registered = this.commands.get(command);
		if (!registered) throw new Error(`Unknown CLI command ${command}`);
		const params: CliData = {};
		for (const arg of args) {
			const eq = arg.indexOf("=");
			if (eq < 0) params[arg] = "true";
			else params[arg.slice(0, eq)] = arg.slice(eq + 1);
		}
		for (const [name, flag] of Object.entries(registered.flags ?? {})) {
			if (flag.required && params[name] === undefined) throw new Error(`Missing required flag ${name}`);
		}
		return registered.handler(params);
	}
}
