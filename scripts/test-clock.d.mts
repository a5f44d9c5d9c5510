export declare const DEFAULT_TEST_NOW: string;
export declare const SHIFTED: readonly {
  name: string;
  now: string;
  timezone: string;
  against?: 'src' | 'dist';
}[];
export declare function shiftsToRun(): typeof SHIFTED;
export declare function testNow(): string;
export declare function testTimezone(): string;
export declare function isShiftedRun(): boolean;
