import { Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Milliseconds left until `deadline`, corrected by the difference between server and browser clocks. */
function useRemaining(deadline: string, serverNow: string): number {
  const [skew] = useState(() => Date.parse(serverNow) - Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return Math.max(0, Date.parse(deadline) - (now + skew));
}

/** The time left of a timed attempt; calls onElapsed once when it reaches zero (the player then submits). */
export function Countdown({ deadline, serverNow, onElapsed }: { deadline: string; serverNow: string; onElapsed: () => void }) {
  const { t } = useTranslation();
  const left = useRemaining(deadline, serverNow);
  const [fired, setFired] = useState(false);
  useEffect(() => {
    if (left === 0 && !fired) {
      setFired(true);
      onElapsed();
    }
  }, [left, fired, onElapsed]);
  const seconds = Math.ceil(left / 1000);
  const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return (
    <Tag color={seconds <= 60 ? 'red' : 'blue'} style={{ fontSize: 14, padding: '2px 10px' }} data-testid="countdown">
      {t('quizzes.player.timeLeft', { clock })}
    </Tag>
  );
}
