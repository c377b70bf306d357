// @vitest-environment happy-dom
// The wait an update's charts take before they are drawn: until the browser has rendered a frame
// (its layout done), and no longer than 100 ms when no frame comes.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { afterNextFrame } from "../../src/obsidian/time-slices";

describe("afterNextFrame", () => {
	let frames: FrameRequestCallback[];
	beforeEach(() => {
		frames = [];
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
		vi.spyOn(window, "requestAnimationFrame").mockImplementation((callback) => frames.push(callback));
	});
	afterEach(() => {
		vi.restoreAllMocks();
		vi.useRealTimers();
	});

	it("resolves in a task after the next frame, not inside it", async () => {
		let done = false;
		void afterNextFrame().then(() => (done = true));
		await vi.advanceTimersByTimeAsync(50);
		expect(done).toBe(false);
		// The frame's callbacks run before its style and layout.
		for (const callback of frames) callback(0);
		await Promise.resolve();
		expect(done).toBe(false);
		await vi.advanceTimersByTimeAsync(0);
		expect(done).toBe(true);
	});

	it("waits for the frame of the window it is given (a popout), not the main window's", async () => {
		const popoutFrames: FrameRequestCallback[] = [];
		const popout = { setTimeout: window.setTimeout.bind(window), clearTimeout: window.clearTimeout.bind(window), requestAnimationFrame: (callback: FrameRequestCallback) => popoutFrames.push(callback) } as unknown as Window;
		let done = false;
		void afterNextFrame(popout).then(() => (done = true));
		expect(frames).toHaveLength(0);
		for (const callback of popoutFrames) callback(0);
		await vi.advanceTimersByTimeAsync(0);
		expect(done).toBe(true);
	});

	it("stops waiting after 100 ms when no frame comes (a hidden window)", async () => {
		let done = false;
		void afterNextFrame().then(() => (done = true));
		await vi.advanceTimersByTimeAsync(99);
		expect(done).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		expect(done).toBe(true);
	});
});
