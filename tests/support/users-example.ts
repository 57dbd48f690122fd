/** The configuration OpenClaw users wrote when they asked for a sessionReceive hook, verbatim. */
export const USERS_EXAMPLE = {
  hooks: {
    sessionReceive: {
      autoAcknowledge: {
        enabled: true,
        message: "📨 Handoff received from {sender} — processing now.",
        channel: "last",
        topic_id: "{incoming_topic}",
      },
      deliveryConfirmation: {
        enabled: true,
        confirm_to_session: "{sender_session}",
        confirm_message: "✅ Delivered to {target_session} at {timestamp}",
      },
    },
  },
};
